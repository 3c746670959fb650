import gc
from collections import deque

gc.collect()
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

d = deque(Item(i) for i in range(3))
print("clear")
d.clear()
d.extend([Item(10), Item(11)])
d.appendleft(Item(9))
print("drop deque")
del d
q = deque([Item(20), Item(21)])
q.append(q)
del q
print("collect", gc.collect())
