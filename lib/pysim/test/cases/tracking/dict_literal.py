import gc
d1 = {'a': 1, 'b': 'x'}
d2 = {'a': [1]}
d3 = dict(a=1)
print(gc.is_tracked(d1), gc.is_tracked(d2), gc.is_tracked(d3))
