import gc
gc.collect()
t = (1, 2)
gc.collect(0)
print(gc.is_tracked(t))
