# Subclasses of weakref.ref: instances are new weakrefs of the subclass (never the shared basic
# ref), with a __dict__ or __slots__, weakref.ref.__new__ from a subclass's __new__, equality
# with other weakrefs to the same object, callbacks, and ref's argument count message.
import weakref, sys

class R(weakref.ref):
    pass

class D:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__

d = D()
plain = weakref.ref(d)
rr = R(d)
print(type(rr).__name__, rr() is d, rr is plain, isinstance(rr, weakref.ref))
print(weakref.getweakrefcount(d), weakref.getweakrefs(d) == [plain, rr], weakref.getweakrefs(d)[1] is rr)
rr.extra = 1
print(rr.extra, rr.__dict__, repr(rr).startswith('<weakref at 0x'))
print(rr == plain, rr != plain, rr == weakref.ref(D()))

class R2(weakref.ref):
    __slots__ = ('tag',)
    def __new__(cls, ob, callback=None, tag=None):
        self = weakref.ref.__new__(cls, ob, callback)
        self.tag = tag
        return self
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)

def cb(w):
    print('callback', type(w).__name__, w.tag, w())

rr2 = R2(d, cb, 'x')
print(rr2.tag, rr2() is d, weakref.getweakrefcount(d), sys.getrefcount(rr2))
try:
    R(d, None, 3)
except TypeError as e:
    print(e)
del d
print(rr(), rr2(), plain(), rr == plain, rr == rr)
