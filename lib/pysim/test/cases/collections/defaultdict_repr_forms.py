from collections import defaultdict

class Maker:
    def __call__(self):
        return 0
    def __repr__(self):
        return "Maker()"
print(defaultdict(int), defaultdict(list, {1: [2]}))
print(defaultdict(Maker()), defaultdict(lambda: 0).default_factory.__name__)
d = defaultdict(list)
d["me"] = d
print(d)
class MyDD(defaultdict):
    pass
print(MyDD(int, a=1))
f = defaultdict(int)
f.default_factory = f.copy
print(repr(f)[:40])
