import gc
gc.collect()
x = {'a': []}
gc.collect()
print([any(o is x for o in gc.get_objects(g)) for g in range(3)])
