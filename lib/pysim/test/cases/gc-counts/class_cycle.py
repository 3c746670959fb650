import gc
gc.collect()
class C:
    pass
del C
print(gc.collect())
