import gc
class C:
    pass
gc.collect()
t = (1, C())
gc.collect()
print(gc.is_tracked(t))
