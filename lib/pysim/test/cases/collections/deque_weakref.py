import weakref
from collections import deque

d = deque([1, 2])
r = weakref.ref(d)
print(r() is d, weakref.getweakrefcount(d))
def gone(ref):
    print("deque is gone", ref() is None)
r2 = weakref.ref(d, gone)
del d
print(r())
