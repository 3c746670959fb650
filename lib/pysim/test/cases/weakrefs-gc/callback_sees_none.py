import gc, weakref
gc.collect()
class N:
    pass
n = N(); n.me = n
def cb(ref):
    print('deref in callback:', ref())
r = weakref.ref(n, cb)
del n
gc.collect()
