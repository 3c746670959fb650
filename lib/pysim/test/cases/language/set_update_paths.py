# Sets built from dict views and updated from lists, tuples and dicts: merges resize once up front,
# iterables are added item by item, and a difference resizes away its dummies (order and sizes as CPython's).
import sys
d = dict.fromkeys(range(40))
s = d.keys() - set(range(5, 40))
print(s, sys.getsizeof(s))
t = d.keys() - range(0, 40, 2)
print(sorted(t)[:5], sys.getsizeof(t))
k = {"a": 1, "b": 2, "c": 3, 9: 4}
print(k.keys() | {"q"}, k.keys() | ["q", "r"], k.keys() - {"a"}, k.keys() ^ {"a", "w"}, sys.getsizeof(k.keys() | {"q"}))
g = {1, 2, 3}
g.remove(2); g.add(10); g.discard(99); g.update([4, 12], (20,))
print(g, sys.getsizeof(g))
h = set()
h.update({"x": 1, "y": 2, "z": 3, "w": 4, "v": 5})
print(h, sys.getsizeof(h), set({"x": 1, "y": 2}).union({"p": 0}))
e = {1, 2, 3}
e.remove(2); e.add(10); e.update([4, 12], (20,))
print(e, sys.getsizeof(e))
