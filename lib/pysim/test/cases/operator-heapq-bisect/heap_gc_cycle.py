# Heap entries that point back at their heap form a cycle only the collector frees
import gc, heapq

class Entry:
    def __init__(self, prio, heap):
        self.prio = prio
        self.heap = heap
    def __lt__(self, other):
        return self.prio < other.prio

gc.collect()
heap = []
for p in [5, 1, 3]:
    heapq.heappush(heap, Entry(p, heap))
print([e.prio for e in heap])
print(gc.is_tracked(heap), gc.is_tracked(heap[0]))
del heap
print(gc.collect())
print(gc.collect())
