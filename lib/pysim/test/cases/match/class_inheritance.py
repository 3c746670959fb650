class Shape:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class Circle(Shape):
    __match_args__ = ("name", "r")
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

def area(s):
    match s:
        case Circle(_, r):
            return 3 * r * r
        case Square(side=a):
            return a * a
        case Shape(name):
            return f"unknown shape {name}"

print(area(Circle(2)))
print(area(Square(3)))
print(area(Shape("blob")))
print(Circle.__match_args__, Square.__match_args__)
