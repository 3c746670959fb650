import gc, weakref
gc.collect()
class N:
    pass
n = N(); n.me = n
weakref.finalize(n, print, 'finalizer ran')
del n
print('collect')
print(gc.collect() > 0)
