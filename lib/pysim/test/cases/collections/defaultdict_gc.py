import gc
from collections import defaultdict

gc.collect()
d = defaultdict(list)
print(gc.is_tracked(d), gc.is_tracked(defaultdict(int)))
d["self"].append(d)
del d
print("collected", gc.collect())
class Box:
    pass
b = Box()
b.groups = defaultdict(lambda: b)
b.groups["x"]
del b
print("collected", gc.collect())
print(gc.collect())
