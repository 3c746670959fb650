import gc
gc.collect()
x = [[] for _ in range(5)]
print(gc.collect())
gc.freeze()
print(gc.get_freeze_count() > 5, any(o is x for o in gc.get_objects(2)), any(o is x for o in gc.get_objects()))
y = []
y.append(y)
del y
print(gc.collect(), gc.get_count())
gc.unfreeze()
print(gc.get_freeze_count(), any(o is x for o in gc.get_objects(2)))
