# GenericAlias and UnionType objects: sizes, tracking, equality, flattening, __mro_entries__ and __orig_bases__, errors
import sys, gc
a = list[int]
u = int | str
print(sys.getsizeof(a), sys.getsizeof(u), gc.is_tracked(a), gc.is_tracked(u), type(u), type(a))
print(a.__parameters__, u.__parameters__, a.__unpacked__ if hasattr(a, '__unpacked__') else '-')
print(list[int] == list[int], hash(list[int]) == hash(list[int]), (int | str) == (str | int), int | int, int | None, None | int, type(None) | int)
print(dict[str, int].__args__, tuple[()], tuple[int, ...].__args__, list[int].append, list[int].__name__ if hasattr(list[int], '__name__') else '-')
class MyList(list[int]): pass
print(MyList.__bases__, MyList.__orig_bases__, MyList.__mro__)
print(isinstance(1, int | str), issubclass(bool, int | None), (int | str) | float, (int | str).__args__)
print(repr(list[int | None]), list[int] | None, repr(int | list[int]))
for bad in [lambda: int | 3, lambda: 3 | int, lambda: list[int] | 3, lambda: isinstance(1, int | list[int])]:
    try: print(bad())
    except TypeError as e: print("TypeError:", e)
