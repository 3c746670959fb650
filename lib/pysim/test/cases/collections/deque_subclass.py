import sys, gc, copy
from collections import deque

class History(deque):
    def __init__(self, items, size):
        super().__init__(items, size)
        self.label = "hist"
    def push(self, x):
        self.append(x)
        return self

h = History([1, 2, 3], 3)
h.push(4).push(5)
print(h, h.label, h.maxlen, len(h), isinstance(h, deque))
c = h.copy()
print(type(c).__name__, c, c.maxlen)
print(copy.copy(h), type(copy.deepcopy(h)).__name__)
class Plain(deque):
    pass
p = Plain("xyz")
p.rotate(1)
print(p, p + deque("a"), p * 2, type(p + deque("a")).__name__)
print(sys.getrefcount(Plain) > 1, reversed(p).__class__.__name__, list(reversed(p)))
p.append(p)
del p
gc.collect()
print("ok")
