import copy, gc, weakref
from collections import OrderedDict

gc.collect()
inner = [1]
od = OrderedDict(x=inner, y=2)
c1 = od.copy()
c2 = copy.copy(od)
c3 = copy.deepcopy(od)
print(c1, c2, c3, c1["x"] is inner, c3["x"] is inner, type(c3).__name__)
print(od.__reduce__()[:4])
print(gc.is_tracked(od), gc.is_tracked(OrderedDict()))
r = weakref.ref(od)
od.note = "hello"
print(od.note, od.__dict__, r() is od)
od["self"] = od
print(od)
del od, c1, c2, c3
print("collected", gc.collect(), r())
class Ranked(OrderedDict):
    def top(self):
        return next(iter(self))
rk = Ranked(gold=1, silver=2)
rk.move_to_end("gold")
print(rk, rk.top(), type(rk.copy()).__name__)
