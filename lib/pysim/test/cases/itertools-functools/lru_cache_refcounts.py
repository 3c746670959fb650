import functools
import sys

@functools.lru_cache(maxsize=None)
def ident(x):
    return [x]

key = object()
print(sys.getrefcount(key))
r = ident(key)
print(sys.getrefcount(key), sys.getrefcount(r))
ident(key)
print(sys.getrefcount(key), sys.getrefcount(r))
ident.cache_clear()
print(sys.getrefcount(key), sys.getrefcount(r))
