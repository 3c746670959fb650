import functools

class Point:
    __slots__ = ('x',)
    def __init__(self, x):
        self.x = x
    @functools.cached_property
    def double(self):
        return self.x * 2

try:
    Point(2).double
except TypeError as e:
    print(e)
print(Point.double.attrname, Point.double.__doc__)
