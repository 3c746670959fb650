import functools
import gc
import itertools

gc.collect()
class Node:
    pass

n = Node()
n.t = itertools.tee([n])
del n
print(gc.collect())
m = Node()
m.g = itertools.groupby([m])
next(m.g)
del m
print(gc.collect())
x = []
x.append(itertools.accumulate([x]))
next(x[0])
del x
print(gc.collect())
q = Node()
q.k = functools.cmp_to_key(lambda a, b: 0)(q)
del q
print(gc.collect())
