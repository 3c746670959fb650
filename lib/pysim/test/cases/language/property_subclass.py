# A subclass of property (as abc.abstractproperty is): its instances are of the subclass, hold a
# reference to it, keep their doc in an instance __dict__, and getter()/setter() call the subclass.
import sys

def get_x(self):
    "the x value"
    return 1

class P(property):
    flag = True

print(sys.getrefcount(P))
p = P(get_x)
print(type(p).__name__, sys.getrefcount(P), sys.getsizeof(p), p.__dict__, p.flag)
p2 = p.setter(lambda self, v: None)
print(type(p2).__name__, sys.getrefcount(P), p2.__dict__, p2.fget is get_x)
class C:
    x = p2
c = C()
print(c.x, P.__doc__, p.__doc__)
p3 = P(get_x, doc="given")
print(p3.__dict__, p3.__doc__)
del p, p2, p3, C, c
print(sys.getrefcount(P))
