import itertools
import sys

x = object()
print(sys.getrefcount(x))
r = itertools.repeat(x, 2)
print(sys.getrefcount(x))
items = list(r)
print(sys.getrefcount(x))
del r
print(sys.getrefcount(x))
del items
print(sys.getrefcount(x))
