# The heap list holds a reference to each item it stores
import heapq, sys

class Task:
    def __init__(self, name): self.name = name
    def __lt__(self, other): return self.name < other.name

t = Task('t')
print(sys.getrefcount(t))
heap = []
heapq.heappush(heap, t)
print(sys.getrefcount(t))
heapq.heappush(heap, Task('a'))
heapq.heappush(heap, Task('z'))
print(sys.getrefcount(t))
x = heapq.heappop(heap)
print(x.name, sys.getrefcount(t))
del x
y = heapq.heappop(heap)
print(y is t, sys.getrefcount(t))
del y
print(sys.getrefcount(t), len(heap))
