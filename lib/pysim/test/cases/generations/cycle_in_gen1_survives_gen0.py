import gc
gc.collect()
a = []
a.append(a)
gc.collect(0)
del a
print(gc.collect(0))
print(gc.collect(1))
