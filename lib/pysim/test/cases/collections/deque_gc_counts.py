import gc
from collections import deque

gc.collect()
print(gc.get_count())
d = deque()
print(gc.get_count())
d.extend(range(100))
print(gc.get_count())
s = repr(deque([1, 2]))
print(gc.get_count())
for x in d:
    pass
print(gc.get_count())
e = d + d
print(gc.get_count())
del e
print(gc.get_count(), d == deque(range(100)), gc.get_count())
