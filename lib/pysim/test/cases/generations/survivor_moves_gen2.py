import gc
gc.collect()
x = []
gc.collect(0)
gc.collect(1)
print([any(o is x for o in gc.get_objects(g)) for g in range(3)])
