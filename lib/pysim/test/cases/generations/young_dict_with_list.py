import gc
gc.collect()
d = {'k': []}
print(any(o is d for o in gc.get_objects(0)))
gc.collect(0)
print(any(o is d for o in gc.get_objects(1)))
