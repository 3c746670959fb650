import gc
l = []
print(gc.is_tracked(l))
gc.collect()
print(gc.is_tracked(l), gc.is_tracked([1, 2, 3]))
