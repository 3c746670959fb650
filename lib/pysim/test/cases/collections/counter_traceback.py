from collections import Counter

c = Counter(["a", "b", "a"])
print(c)
c.update([["unhashable"]])
