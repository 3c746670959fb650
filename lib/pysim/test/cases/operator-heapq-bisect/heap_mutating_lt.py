# A __lt__ that changes the heap's size is caught
import heapq

heap = []
class Evil:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        heap.append(Evil(0))
        return self.v < other.v

heap.extend([Evil(3), Evil(1)])
try:
    heapq.heappush(heap, Evil(0))
except RuntimeError as e:
    print(type(e).__name__, e, len(heap))
heap2 = [5, 1, 4]
try:
    heapq.heapify(heap2 + [object()])
except TypeError as e:
    print(e)
