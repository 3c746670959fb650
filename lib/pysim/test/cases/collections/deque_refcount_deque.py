import sys
from collections import deque

d = deque([1, 2, 3])
print(sys.getrefcount(d))
it = iter(d)
print(sys.getrefcount(d))
list(it)
print(sys.getrefcount(d))
del it
print(sys.getrefcount(d))
r = reversed(d)
print(sys.getrefcount(d))
del r
e = d.copy()
print(sys.getrefcount(d), e == d, e is d)
