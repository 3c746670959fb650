import heapq

h = [1, 3, 5, 7]
print(heapq.heapreplace(h, 4), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 9))
log = []
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f'V{self.v}'
h = [V(2), V(5), V(3)]
print(heapq.heappushpop(h, V(1)), log)
log.clear()
print(heapq.heappushpop(h, V(4)), h, log)
log.clear()
print(heapq.heapreplace(h, V(9)), h, log)
