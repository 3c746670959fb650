import copy
from collections import defaultdict

d = defaultdict(list, {"a": [1]})
c = d.copy()
print(c, type(c).__name__, c is d, c["a"] is d["a"])
s = copy.copy(d)
t = copy.deepcopy(d)
print(s, t, t["a"] is d["a"], t.default_factory is list)
u = d | {"b": [2]}
print(u, type(u).__name__)
v = {"z": 0} | d
print(v, type(v).__name__)
d |= {"c": [3]}
print(d, type(d).__name__)
try:
    d | 5
except TypeError as e:
    print(e)
