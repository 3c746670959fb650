import gc
gc.collect()
x = []
print(any(o is x for o in gc.get_objects(0)))
gc.collect(0)
print(any(o is x for o in gc.get_objects(0)), any(o is x for o in gc.get_objects(1)))
