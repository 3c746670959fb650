import gc
gc.collect()
before = gc.get_stats()[2]['collected']
a = [];  a.append(a)
b = {};  b['b'] = b
del a, b
n = gc.collect()
print(n, gc.get_stats()[2]['collected'] - before)
