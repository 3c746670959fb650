import sys, gc
from collections import OrderedDict

od = OrderedDict((i, i) for i in range(5))
for i in range(5):
    del od[i]
    od[i + 10] = i
    print(sys.getsizeof(od), end=" ")
print()
for i in range(20, 40):
    od[i] = 0
    del od[i]
print(sys.getsizeof(od), len(od))
print(gc.get_referents(OrderedDict(a=[1])))
menu = OrderedDict(tea=2, coffee=3)
print(menu.keys() & {"tea"}, menu.items() | {("juice", 4)}, "tea" in menu.keys(), ("tea", 2) in menu.items())
print(3 in menu.values(), len(menu.values()), bool(OrderedDict().keys()))
d = {}
d.update(menu)
menu.move_to_end("tea")
print(d, {**menu}, dict(menu), list(menu.items()), [k for k in reversed(menu.keys())])
