import functools

@functools.lru_cache(maxsize=2)
def square(x):
    print('computing', x)
    return x * x

for v in [1, 2, 1, 3, 2, 1]:
    print(square(v))
info = square.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, isinstance(info, tuple), len(info))
