import gc, weakref
gc.collect()
class N:
    pass
n = N(); n.me = n
r1 = weakref.ref(n); r2 = weakref.ref(n, lambda r: None)
print(weakref.getweakrefcount(n))
del n
gc.collect()
print(r1(), r2())
