import itertools
import sys

a = [1, 2]
b = [3]
print(sys.getrefcount(a), sys.getrefcount(b))
c = itertools.chain(a, b)
print(sys.getrefcount(a), sys.getrefcount(b))
print(next(c))
print(sys.getrefcount(a), sys.getrefcount(b))
print(list(c))
print(sys.getrefcount(a), sys.getrefcount(b))
