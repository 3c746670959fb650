import heapq

count = 0
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        global count
        count += 1
        print(f'  {self.v} < {other.v}?')
        return self.v < other.v

heap = [P(v) for v in [7, 2, 9, 4, 1, 8, 3]]
heapq.heapify(heap)
print('heapify compares:', count)
print([p.v for p in heap])
count = 0
while heap:
    p = heapq.heappop(heap)
    print('popped', p.v, 'after', count, 'compares')
    count = 0
