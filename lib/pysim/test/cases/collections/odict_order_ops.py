from collections import OrderedDict

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od)
print(list(od), list(od.values()), list(od.items()))
print(list(reversed(od)), list(reversed(od.items())))
print(od.popitem(), od.popitem(last=False), od)
od["z"] = 26
od["a"] = 1
print(od, od.pop("c"), od.setdefault("c", 3), od.setdefault("a", 99))
od.update([("y", 25)], x=24)
print(od, len(od), "y" in od)
print(dict(od), {**od}, sorted(od))
print(od.keys(), od.values(), od.items())
