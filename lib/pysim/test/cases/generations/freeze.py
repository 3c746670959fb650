import gc
gc.collect()
x = []
gc.freeze()
print(gc.get_freeze_count() > 0, any(o is x for o in gc.get_objects()))
gc.unfreeze()
print(gc.get_freeze_count(), any(o is x for o in gc.get_objects(2)))
