import gc, weakref
gc.collect()
class N:
    pass
a = N()
a.me = a
a.ref = weakref.ref(a, lambda r: print('never printed'))
del a
print(gc.collect())
