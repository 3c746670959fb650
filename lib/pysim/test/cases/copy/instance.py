import copy
class P:
    def __init__(self):
        self.items = [1, 2]
p = P()
s = copy.copy(p)
d = copy.deepcopy(p)
print(s is p, s.items is p.items, d.items is p.items, d.items == p.items)
print(type(d).__name__)
