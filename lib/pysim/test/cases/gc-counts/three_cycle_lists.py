import gc
gc.collect()
a, b, c = [], [], []
a.append(b); b.append(c); c.append(a)
del a, b, c
print(gc.collect())
