import functools
import gc

gc.collect()
@functools.lru_cache(maxsize=2)
def box(x):
    return [x]

r = box(1)
r.append(box)
box(2)
del r, box
print(gc.collect())
