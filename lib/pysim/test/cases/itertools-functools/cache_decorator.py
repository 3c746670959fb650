import functools

@functools.cache
def factorial(n):
    return n * factorial(n - 1) if n else 1

print(factorial(10))
print(factorial(5))
print(factorial.cache_info())

@functools.lru_cache
def add(a, b=1):
    return a + b

print(add(1), add(1), add(1, b=1), add(a=1))
print(add.cache_info())
print(functools.lru_cache(maxsize=0)(abs).cache_info())
