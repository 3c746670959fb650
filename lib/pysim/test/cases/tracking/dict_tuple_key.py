import gc
d = {}
d[(1, 2)] = 3
print(gc.is_tracked(d))
e = {}
e['k'] = (1, 2)
print(gc.is_tracked(e))
