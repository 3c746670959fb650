import functools
import gc
import sys

gc.collect()
p = functools.partial(print, 1)
print(sys.getsizeof(p), gc.is_tracked(p))
class Holder:
    pass
h = Holder()
h.p = functools.partial(len, h)
del h
print(gc.collect())
