import gc
gc.collect()
d = {'a': []}
print(gc.is_tracked(d))
del d['a']
gc.collect()
print(gc.is_tracked(d))
