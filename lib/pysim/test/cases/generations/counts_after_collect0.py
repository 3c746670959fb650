import gc
gc.collect()
gc.collect(0)
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
