# weakref.WeakMethod: a weak reference to a bound method that lives as long as its instance
# (a new but equal method on each call), its callback once the instance dies, equality of live
# and dead WeakMethods, and the TypeError for a non-method.
import weakref, sys

class C:
    def m(self):
        return 42
    def n(self):
        return 0

c = C()
r = weakref.WeakMethod(c.m)
print(type(r).__name__, isinstance(r, weakref.ref))
print(r() == c.m, r() is c.m, r()())
print(weakref.getweakrefcount(c), sys.getrefcount(c))
def cb(w):
    print('callback', w is r2, w())
r2 = weakref.WeakMethod(c.m, cb)
r3 = weakref.WeakMethod(c.n)
print(r == r2, r != r2, r == r3, hash(r) == hash(r2))
print(weakref.ref(c) == r, r == weakref.ref(c))
del c
print(r(), r2(), r3())
print(r == r2, r == r)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)
