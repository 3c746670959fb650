# type_new_set_attrs: a __new__ defined as a plain function becomes a staticmethod in the class
# namespace (type_new_staticmethod); __init_subclass__ and __class_getitem__ become classmethods.
import gc
import sys

class A:
    def __new__(cls, *args):
        print('A.__new__', cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        self.args = args

for k in ('__new__',):
    d = A.__dict__[k]
    print(k, type(d).__name__, type(d.__func__).__name__, gc.is_tracked(d))
print(A.__new__ is A.__dict__['__new__'].__func__, A().__new__ is A.__new__)
print(sys.getrefcount(A.__dict__['__new__']), sys.getrefcount(A.__new__))
a = A(1, 2)
print(a.args)

class B(A):
    pass

b = B(3)
print(type(b).__name__, b.args)

def outside(cls):
    return object.__new__(cls)

class C:
    __new__ = outside

print(type(C.__dict__['__new__']).__name__, type(C()).__name__)

class D:
    __new__ = staticmethod(outside)

print(type(D.__dict__['__new__']).__name__, type(D()).__name__)
