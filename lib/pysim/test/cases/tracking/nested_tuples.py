import gc
gc.collect()
t = ((1, 2), (3, (4,)))
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(t[1]))
