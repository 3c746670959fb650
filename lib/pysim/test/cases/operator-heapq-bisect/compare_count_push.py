# How many comparisons does the heap make? Count them with __lt__.
import heapq

calls = []
class Job:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        calls.append((self.n, other.n))
        return self.n < other.n
    def __repr__(self):
        return f'Job({self.n})'

heap = []
for n in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(heap, Job(n))
    print('push', n, calls)
    calls.clear()
print(heap)
