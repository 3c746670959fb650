import gc, weakref
gc.collect()
class N:
    pass
s = weakref.WeakSet()
for i in range(3):
    n = N(); n.me = n
    s.add(n)
del n
print(len(s))
gc.collect()
print(len(s))
