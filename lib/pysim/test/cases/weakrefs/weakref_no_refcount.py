import sys, weakref
class C:
    pass
c = C()
before = sys.getrefcount(c)
r = weakref.ref(c)
print(sys.getrefcount(c) - before)
print(sys.getrefcount(r() ) - before)
