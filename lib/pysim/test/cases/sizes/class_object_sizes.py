# Checks sys.getsizeof of class objects: PyTypeObject for a builtin type; PyGC_Head,
# PyHeapTypeObject and the shared keys (ht_cached_keys) for a class whose instances have a managed
# __dict__ (not exceptions, metaclasses, __slots__ without __dict__, or 3.11's int/tuple bases).
import sys
class Empty:
    pass
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    pass
class Slotted:
    __slots__ = ('x', 'y')
class SlottedDict:
    __slots__ = ('x', '__dict__')
class Meta(type):
    pass
class MyError(Exception):
    pass
class MyInt(int):
    pass
class MyList(list):
    pass
for c in (Empty, Point, Point3, Slotted, SlottedDict, Meta, MyError, MyInt, MyList):
    print(c.__name__, sys.getsizeof(c))
Point(1, 2)
print(sys.getsizeof(Point))
print(sys.getsizeof(int), sys.getsizeof(object), sys.getsizeof(type), sys.getsizeof(dict))
