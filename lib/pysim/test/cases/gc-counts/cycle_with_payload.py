import gc
gc.collect()
a = [1, 2, 3, 'x']
b = {'k': a, 'n': 5}
a.append(b)
del a, b
print(gc.collect())
