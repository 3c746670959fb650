import gc
d = {'a': 1}
e = d.copy()
f = {'a': []}
g = f.copy()
print(gc.is_tracked(e), gc.is_tracked(g))
