import gc
gc.collect()
gc.collect(1)
print(gc.get_count())
gc.collect(1)
gc.collect(1)
print(gc.get_count())
