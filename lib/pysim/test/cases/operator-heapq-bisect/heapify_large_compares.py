# heapify of more than 2500 items takes CPython's cache-friendly path: same compares, same heap
import heapq

count = 0
class C:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        global count
        count += 1
        return self.v < other.v

vals = [(i * 7919) % 3001 for i in range(3001)]
h = [C(v) for v in vals]
heapq.heapify(h)
print(count, [c.v for c in h[:8]])
count = 0
small = [C(v) for v in vals[:2500]]
heapq.heapify(small)
print(count, [c.v for c in small[:8]])
count = 0
out = [heapq.heappop(h).v for _ in range(5)]
print(out, count)
