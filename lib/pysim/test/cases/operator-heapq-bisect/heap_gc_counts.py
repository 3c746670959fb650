# Tuples pushed onto a heap are gc objects: the generation-0 count grows with them
import gc, heapq

gc.collect()
gc.disable()
heap = []
before = gc.get_count()[0]
for i in range(10):
    heapq.heappush(heap, (10 - i, [i]))
print(gc.get_count()[0] - before)
while heap:
    heapq.heappop(heap)
print(gc.get_count()[0] - before)
print(gc.is_tracked(heap), len(heap))
gc.enable()
