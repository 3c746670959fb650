import sys
from collections import namedtuple, Counter

print(sys.getrefcount(namedtuple), sys.getrefcount(Counter))
import functools
print(sys.getrefcount(namedtuple), functools.namedtuple is namedtuple)
P = namedtuple("P", "x y")
ps = [P(i, -i) for i in range(4)]
print(sys.getrefcount(P), sys.getrefcount(P.x), sys.getrefcount(P._fields))
c = Counter("abc")
d = Counter(c)
print(sys.getrefcount(Counter), sys.getrefcount(Counter.most_common))
del ps, c, d
print(sys.getrefcount(P), sys.getrefcount(Counter))
