import bisect

log = []
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        log.append(f'{self.v}<{other.v}')
        return self.v < other.v

data = [N(v) for v in range(0, 16, 2)]
print(bisect.bisect_right(data, N(7)), log)
log.clear()
print(bisect.bisect_left(data, N(8)), log)
log.clear()
bisect.insort(data, N(5))
print(log, [n.v for n in data])
