import gc
from collections import deque

gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.q = deque()

a = Node("a")
b = Node("b")
a.q.append(b)
b.q.append(a)
print(gc.is_tracked(a.q), gc.is_tracked(deque()))
del a, b
print("collected", gc.collect())
d = deque()
d.append(d)
del d
print("self-cycle collected", gc.collect())
print(gc.collect())
