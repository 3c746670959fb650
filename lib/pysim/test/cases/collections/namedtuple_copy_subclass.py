import copy
from collections import namedtuple

P = namedtuple("P", "x y")
p = P([1], {"k": (2,)})
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, c is p, c.x is p.x)
print(d, d is p, d.x is p.x, d == p, type(d).__name__)
print(p.__reduce_ex__(2)[1:3])

class Point(P):
    __slots__ = ()
    @property
    def hyp(self):
        return (self.x[0] ** 2 + 1) ** 0.5
    def __str__(self):
        return "Point: x=%r y=%r" % (self.x, self.y)
q = Point([3], None)
print(q, repr(q), q.hyp, q._replace(y=1), type(q._replace(y=1)).__name__, Point._make([1, 2]))
print(copy.copy(q), copy.deepcopy(q) == q, Point.__mro__)

class Loose(namedtuple("Base", "a")):
    pass
l = Loose(1)
l.extra = 2
print(l, l.__dict__, l._asdict())
Point3 = namedtuple("Point3", P._fields + ("z",))
print(Point3(1, 2, 3))
