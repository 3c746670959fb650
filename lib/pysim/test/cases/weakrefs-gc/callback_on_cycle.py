import gc, weakref
gc.collect()
class N:
    pass
a = N(); b = N()
a.b = b; b.a = a
r = weakref.ref(a, lambda ref: print('callback fired'))
del a, b
print('collecting')
print(gc.collect())
print(r())
