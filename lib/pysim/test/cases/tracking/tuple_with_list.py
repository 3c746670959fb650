import gc
gc.collect()
t = (1, [])
gc.collect()
print(gc.is_tracked(t))
u = tuple([{}])
gc.collect()
print(gc.is_tracked(u))
