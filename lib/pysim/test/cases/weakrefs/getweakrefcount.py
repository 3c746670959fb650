import weakref
class C:
    pass
c = C()
print(weakref.getweakrefcount(c))
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(weakref.getweakrefcount(c), r1 is r2)
r3 = weakref.ref(c, lambda r: None)
print(weakref.getweakrefcount(c), r3 is r1)
