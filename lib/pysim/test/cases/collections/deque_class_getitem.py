from collections import deque, defaultdict

print(deque[int], deque[str].__origin__ is deque, deque[int].__args__)
print(defaultdict[str, list])
def f(q: deque[int]) -> defaultdict[str, int]:
    return defaultdict(int)
print(f.__annotations__["q"])
print(deque.__name__, deque.__qualname__, deque.__module__, defaultdict.__module__)
print(isinstance(defaultdict(), dict), issubclass(defaultdict, dict), deque.__mro__)
