import gc
gc.collect()


class A:
    pass


a = A()
b = [a, 1, "s"]
print([type(r).__name__ for r in gc.get_referents(b)])
print([type(r).__name__ for r in gc.get_referents({"k": a})])
print([type(r).__name__ for r in gc.get_referents(a)])
print(len(gc.get_referents(1, "x", (1, 2))))
print(len(gc.get_referents()))
g = {1: [], 2: "v"}
print([type(r).__name__ for r in gc.get_referents(g)])
print([type(r).__name__ for r in gc.get_referents(g, {"z": 1.5})])
x = []
x.append(x)
print(gc.get_referents(x)[0] is x)
