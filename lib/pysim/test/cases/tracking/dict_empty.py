import gc
d = {}
print(gc.is_tracked(d))
d['a'] = 1
print(gc.is_tracked(d))
d['b'] = []
print(gc.is_tracked(d))
