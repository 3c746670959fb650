import itertools
import sys

item = object()
source = [item]
print(sys.getrefcount(item))
a, b = itertools.tee(source)
next(a)
print(sys.getrefcount(item))
next(b)
print(sys.getrefcount(item))
del a
print(sys.getrefcount(item))
del b
print(sys.getrefcount(item))
