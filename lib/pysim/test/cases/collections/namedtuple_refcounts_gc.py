import gc
import sys
from collections import namedtuple

gc.collect()
Pair = namedtuple("Pair", "left right")
a = object()
b = [1, 2]
print(sys.getrefcount(a), sys.getrefcount(b))
p = Pair(a, b)
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(p))
q = p
print(sys.getrefcount(p))
l = p.left
print(sys.getrefcount(a))
del l, q
print(gc.is_tracked(p), gc.is_tracked(Pair(1, 2)), gc.is_tracked(Pair("x", None)))
print(sys.getsizeof(p), sys.getsizeof(Pair(1, 2)), sys.getsizeof(()), sys.getsizeof((1, 2)))
print(sys.getsizeof(Pair.left), gc.is_tracked(Pair.left))
d = p._asdict()
print(sys.getrefcount(a), sys.getrefcount(b))
del d
r = p._replace(left=5)
print(sys.getrefcount(a), sys.getrefcount(b), r)
del p, r
print(sys.getrefcount(a), sys.getrefcount(b))
gc.collect()
c = Pair([], None)
c.left.append(c)
del c
print(gc.collect())
print(gc.get_referents(Pair(a, 1))[0] is a)
