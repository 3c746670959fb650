import gc
gc.collect()
c0 = gc.get_count()[0]
objs = [{} for _ in range(15)]
print(gc.get_count()[0] - c0)
