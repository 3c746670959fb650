from collections import OrderedDict

o = OrderedDict(a=1, b=2)
kinds = [iter(o), iter(o.keys()), iter(o.values()), iter(o.items()), reversed(o), reversed(o.values()), reversed(o.items())]
print([type(x).__name__ for x in kinds])
print([list(x) for x in kinds])
class Ordered(OrderedDict):
    pass
s = Ordered(x=1, y=2)
print(type(reversed(s)).__name__, list(reversed(s)), list(reversed(s.items())))
it = iter(o)
print(next(it))
o["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
