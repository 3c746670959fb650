from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["zz"], "zz" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(Counter(), Counter({"x": 3, "y": 1}), Counter(x=1, y=2), Counter([1, 1, 2], z=5))
c.update("aaz")
c.update({"b": 10})
c.update(q=4)
print(c)
c.subtract("aaaaa")
c.subtract({"b": 20})
print(c)
del c["b"]
del c["not-there"]
print(c, c.total())
c["new"] += 1
print(c)
print(repr(Counter({"a": [1], "b": 2})))
d = Counter(c)
print(d == c, d is c, c.copy() == c, type(c.copy()).__name__)
c.clear()
print(c, dict(Counter("hello")), list(Counter("hello")))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(e)
print(Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1})
