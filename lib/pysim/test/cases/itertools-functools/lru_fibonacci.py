import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.cache_info())
print(fib(10), fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)
