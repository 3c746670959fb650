# reversed() of a dict or a dict view is a dict_reverse*iterator that holds
# the dict and walks its entries from the last: no copy of the values.
import sys
d = {"a": [1], "b": [2], "c": [3]}
it = reversed(d)
print(type(it).__name__, next(it), list(it), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d.values())).__name__, type(reversed(d.items())).__name__, type(reversed(d.keys())).__name__)
v = d["a"]
before = sys.getrefcount(v)
it2 = reversed(d.values())
print(sys.getrefcount(v) - before, sys.getrefcount(d) > 1)
del d["b"]
print(list(reversed(d)), d.__reversed__().__class__.__name__)
it3 = reversed(d)
d["z"] = 0
try:
    next(it3)
except RuntimeError as e:
    print(e)
print(sys.getsizeof(reversed(d)) == sys.getsizeof(iter(d)))
