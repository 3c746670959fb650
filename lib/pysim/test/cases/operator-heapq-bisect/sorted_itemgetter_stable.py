# Sorting is stable: sort by the secondary key first, then by the primary one
from operator import itemgetter, attrgetter

rows = [('b', 2, 'x'), ('a', 2, 'y'), ('c', 1, 'z'), ('a', 1, 'w'), ('b', 1, 'v')]
step1 = sorted(rows, key=itemgetter(0))
step2 = sorted(step1, key=itemgetter(1), reverse=True)
print(step2)
print(sorted(rows, key=itemgetter(1, 0)))
calls = 0
class Rec:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f'{self.name}:{self.age}'
class Age(int):
    def __lt__(self, other):
        global calls
        calls += 1
        return int(self) < int(other)
recs = [Rec(c, Age(a)) for c, a in zip('pqrstuvwxyz', [30, 25, 30, 41, 25, 19, 30, 41, 19, 25, 30])]
recs.sort(key=attrgetter('age'))
print(recs, calls)
calls = 0
recs.sort(key=attrgetter('age'), reverse=True)
print(recs, calls)
