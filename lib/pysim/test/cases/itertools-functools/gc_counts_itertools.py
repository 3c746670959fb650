import functools
import gc
import itertools

gc.collect()
print(gc.get_count())
a, b = itertools.tee(range(3))
print(gc.get_count())
next(a)
print(gc.get_count())
t = list(itertools.tee([], 3))
print(gc.get_count())
g = itertools.groupby('aab')
k, grp = next(g)
print(gc.get_count())
p = functools.partial(len, 'x')
print(gc.get_count())
