import gc
gc.collect()
t = tuple('abc')
print(gc.is_tracked(t))
gc.collect(0)
print(gc.is_tracked(t))
