import gc
gc.collect()
n0 = len(gc.get_objects(0))
keep = [[] for _ in range(25)]
print(len(gc.get_objects(0)) - n0)
