import gc
gc.collect()
c0 = gc.get_count()[0]
objs = [i * 1000 for i in range(30)]
print(gc.get_count()[0] - c0)
