import gc, weakref
gc.collect()
class N:
    pass
d = weakref.WeakValueDictionary()
n = N(); n.me = n
d['n'] = n
del n
print(len(d))
gc.collect()
print(len(d))
