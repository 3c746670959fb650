import functools

class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print('computing area')
        return 3 * self.r * self.r

c = Circle(2)
print(c.area)
print(c.area)
print('area' in c.__dict__)
del c.area
print(c.area)
print(type(Circle.__dict__['area']).__name__, Circle.area.attrname)
