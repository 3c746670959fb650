import gc
gc.collect()
print(gc.get_count())
keep = [[] for _ in range(10)]
print(gc.get_count())
