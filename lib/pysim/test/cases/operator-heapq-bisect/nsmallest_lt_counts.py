# Comparisons made by nsmallest / nlargest / sorted, counted by __lt__
import heapq

n = 0
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global n
        n += 1
        return self.v < o.v
    def __repr__(self): return f'K{self.v}'

data = [K(v) for v in [8, 3, 6, 1, 9, 4, 7, 2, 5, 0]]
print(heapq.nsmallest(3, data), n)
n = 0
print(heapq.nlargest(3, data), n)
n = 0
print(heapq.nsmallest(3, iter(data)), n)
n = 0
print(heapq.nlargest(2, data, key=lambda k: k.v), n)
n = 0
print(sorted(data)[:3], n)
n = 0
print(sorted(data, reverse=True)[:3], n)
n = 0
print(heapq.nsmallest(20, data)[:2], n)
