import gc
gc.collect()
n = 12345678
t = (1, 2)
print(any(o is n for o in gc.get_objects()))
gc.collect()
print(any(o is t for o in gc.get_objects()))
