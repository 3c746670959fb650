from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
try:
    for k in od:
        od.move_to_end(k)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in od:
        od["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
for k in od:
    od[k] = 100
print(od)
for bad in [lambda: OrderedDict().popitem(), lambda: od.move_to_end("zz"), lambda: od.pop("zz"),
            lambda: od["zz"], lambda: OrderedDict(1, 2), lambda: OrderedDict(5), lambda: OrderedDict([1]),
            lambda: hash(od), lambda: od | 1]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(od.pop("zz", "default"))
for k in od:
    del od[k]
