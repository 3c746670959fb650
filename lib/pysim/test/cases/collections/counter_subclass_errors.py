from collections import Counter

class Tally(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

t = Tally("aba")
print(t, type(t + t).__name__, type(t.copy()).__name__)

class Get(Counter):
    def get(self, key, default=None):
        print("get", key, default)
        return super().get(key, default)
g = Get("xx")
print(g)

class Miss(Counter):
    def __missing__(self, key):
        return "none"
print(Miss()["q"])

for bad in (1, None, [[1]], [{}]):
    try:
        print(Counter(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Counter("ab", "cd")
except TypeError as e:
    print(e)
c = Counter({"a": "x", "b": "y"})
print(c)
print(Counter({1: 1.5, 2: 0.5}).most_common(1))
c = Counter(a=1)
c.update(Counter(b=2))
c.update(dict(a=1))
print(c)
import types
print(Counter(types.MappingProxyType({"m": 3})))
