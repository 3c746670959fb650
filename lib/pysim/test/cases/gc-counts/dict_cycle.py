import gc
gc.collect()
d = {}
d['self'] = d
del d
print(gc.collect())
