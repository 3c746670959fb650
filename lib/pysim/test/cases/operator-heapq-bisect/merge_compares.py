# merge keeps [value, order, next] lists in a heap: equal values compare the order
import heapq

log = []
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        log.append(('lt', self.v, other.v))
        return self.v < other.v
    def __eq__(self, other):
        log.append(('eq', self.v, other.v))
        return self.v == other.v
    def __repr__(self): return f'V{self.v}'

a = [V(1), V(4)]
b = [V(1), V(3)]
print(list(heapq.merge(a, b)))
for entry in log:
    print(*entry)
log.clear()
print(list(heapq.merge(a, b, key=lambda x: x.v)), log)
