# 3.12 starts with 375 immortal tuples in the permanent generation; gc.unfreeze() moves them to
# the oldest generation, and update_refs sends an immortal object it meets back to the permanent
# generation, so the next full collection (not a younger one) returns them there
import gc
gc.collect()
print(gc.get_freeze_count())
gc.unfreeze()
print(gc.get_freeze_count())
gc.collect(0)
gc.collect(1)
print(gc.get_freeze_count())
x = []
x.append(x)
del x
print(gc.collect(), gc.get_freeze_count())
gc.unfreeze()
print(gc.get_freeze_count(), gc.collect(2), gc.get_freeze_count())
