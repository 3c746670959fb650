# Type hints: list[int] and dict[str, ...] are types.GenericAlias, int | None a types.UnionType (typing.Union on 3.14)
def f(x: list[int], y: dict[str, list[float]] = None) -> int | None:
    return None
print(f.__annotations__)
a = list[int]
print(a, type(a), a.__origin__, a.__args__, a == list[int], a is list[int], a(), a([1, 2]))
u = int | str
print(u, type(u), u.__args__, isinstance(3, u), isinstance(3, int | None))
print(tuple[int, ...], dict[str, int] | None, list[list[int]])
import sys
print(sys.getsizeof(list[int]) > 0)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
