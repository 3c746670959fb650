# What a __del__ sees of the container its object is being removed from: dict and set
# deletions and clear(), list pop/remove/slice deletion, and `lst *= 0` (which clears it).
import sys
class D:
    def __init__(self, n, box):
        self.n = n
        self.box = box
    def __del__(self):
        print('del', self.n, len(self.box), sys.getsizeof(self.box))
d = {}
for i in range(6):
    d[i] = D(i, d)
del d[0]
d.pop(1)
d.popitem()
print('-- clear')
d.clear()
print('-- set')
s = set()
class E:
    def __init__(self, n, box):
        self.n, self.box = n, box
    def __del__(self):
        print('del', self.n, len(self.box), sys.getsizeof(self.box))
    def __hash__(self):
        return self.n
es = [E(i, s) for i in range(6)]
for e in es:
    s.add(e)
es = None
s.discard(next(iter(s)))
s.pop()
print('-- set clear')
s.clear()
print('-- list')
l = []
l.extend(D(i, l) for i in range(10))
l.pop()
l.remove(l[0])
l[1:3] = []
l[0:2] = [1, 2, 3]
del l[0:2]
l *= 0
print('end')
