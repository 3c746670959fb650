import gc
gc.collect()
a = {}
b = {'a': a}
a['b'] = b
del a, b
print(gc.collect())
