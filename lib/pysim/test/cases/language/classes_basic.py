class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.norm2(), Point.dims, p.dims, vars(p))
p.dims = 3
print(Point.dims, p.dims)
