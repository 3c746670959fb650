from collections import Counter

c = Counter("mississippi")
print(c.most_common(), c.most_common(1), c.most_common(3), c.most_common(10), c.most_common(-1))
print(list(c), list(c.keys()), list(c.values()), list(c.items()))
print(list(c.elements()))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(2), wc)
print(Counter({"a": 1, "b": 3, "c": 2}).most_common(2))
print(Counter([True, 1, 1.0, 2]), Counter([(1, 2), (1, 2), None]))
c2 = Counter(c)
c2["s"] = 0
print(c2, +c2, sorted(c2.elements()))
print(Counter({"x": 1.5, "y": 0.5}) + Counter({"x": 1}))
print(Counter(a=2).__reduce__())
print(Counter.__mro__, Counter.__module__, Counter.__qualname__)
print(Counter.total(Counter(a=3, b=-1)), Counter().total())
