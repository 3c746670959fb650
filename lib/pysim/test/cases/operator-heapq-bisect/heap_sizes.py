import heapq, sys

h = []
sizes = []
for i in range(12):
    heapq.heappush(h, i)
    sizes.append(sys.getsizeof(h))
print(sizes)
sizes = []
while h:
    heapq.heappop(h)
    sizes.append(sys.getsizeof(h))
print(sizes)
big = list(range(20, 0, -1))
heapq.heapify(big)
print(sys.getsizeof(big), big[:5])
