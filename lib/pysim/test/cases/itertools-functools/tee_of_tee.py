import itertools
import sys

t1, t2 = itertools.tee(iter(range(100)))
print(sum(t1), sum(t2))
u1, u2 = itertools.tee(t1)
print(list(u1), type(u1).__name__)
a, b = itertools.tee('xyz')
c = a.__copy__()
print(next(a), next(c), list(b))
print(sys.getsizeof(c) == sys.getsizeof(a))
