import functools
import sys

def probe(a, b=None, **rest):
    return sys.getrefcount(a)

x = object()
print(sys.getrefcount(x))
print(functools.partial(probe)(x))
print(functools.partial(probe, x)())
print(functools.partial(probe, x, b=1)())
print(functools.partial(probe, b=1)(x, c=2))
print(functools.reduce(lambda acc, item: sys.getrefcount(item), [x, x]))
print(functools.lru_cache(maxsize=None)(probe)(x))
print(functools.lru_cache(maxsize=2)(probe)(x, b=3))
print(sys.getrefcount(x))
