import functools

@functools.lru_cache(typed=True)
def show(x):
    return repr(x)

print(show(1), show(1.0), show(True))
print(show.cache_info())
print(show.cache_parameters())
try:
    functools.lru_cache(maxsize='big')
except TypeError as e:
    print(e)
