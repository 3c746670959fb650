import gc
gc.collect()
c0 = gc.get_count()[0]
objs = [(i, i) for i in range(12)]
print(gc.get_count()[0] - c0)
