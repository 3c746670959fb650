# A full collection empties the free lists and returns their objects' memory to pymalloc, after
# the garbage it freed: the next object of that size class reuses the last block freed
import gc
class A:
    pass
def cycle_then_collect():
    a = A()
    a.me = a
    i = id(a)
    del a
    gc.collect()
    return id(A()) == i
gc.collect()
print(cycle_then_collect())
d = {}
del d          # parked on the dict free list: freed after the cycle, so its block comes back first
print(cycle_then_collect())
f = float("1.5")
i = id(f)
del f          # parked on the float free list
gc.collect()
g = float("2.5")
print(id(g) == i)
t = tuple([1, 2, 3])
i = id(t)
del t
gc.collect()
u = tuple([4, 5, 6])
print(id(u) == i)
