import gc
gc.collect()
t = (1, 2, 'a')
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
