import functools
import sys

@functools.lru_cache(maxsize=2)
def f(x):
    return x * 2

f(1); f(1); f(2)
info = f.cache_info()
print(info, type(info).__name__, type(info).__module__)
print(info.hits, info[1], info._fields, info._asdict())
print(info._replace(hits=10), type(info).__mro__)
print(functools._CacheInfo._make([1, 2, 3, 4]), functools._CacheInfo.__doc__)
print(type(info).maxsize, isinstance(info, tuple), sys.getsizeof(info) == sys.getsizeof((1, 2, 3, 4)))
hits, misses, maxsize, currsize = info
print(hits + misses, maxsize - currsize)
