import gc
from collections import defaultdict

class Registry(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)

r = Registry(list)
r["a"].append(1)
r["a"].append(2)
print(r, r.default_factory)
class Counts(defaultdict):
    def __init__(self):
        super().__init__(int)
        self.total = 0
    def add(self, k):
        self[k] += 1
        self.total += 1
c = Counts()
for ch in "banana":
    c.add(ch)
print(c, c.total, dict(c) == c)
c["self"] = c
del c
print(gc.collect() >= 1)
