import functools
import sys

@functools.lru_cache(maxsize=1)
def wrap(x):
    return [x]

a = object()
b = object()
print(sys.getrefcount(a))
ra = wrap(a)
print(sys.getrefcount(a), sys.getrefcount(ra))
rb = wrap(b)
print(sys.getrefcount(a), sys.getrefcount(ra), sys.getrefcount(b), sys.getrefcount(rb))
