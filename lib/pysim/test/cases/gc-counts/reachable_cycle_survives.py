import gc
gc.collect()
a = []
a.append(a)
print(gc.collect())
print(len(a[0][0]))
del a
print(gc.collect())
