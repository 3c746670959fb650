keys = ['a', 'b', 'c']
vals = [1, 2, 3]
d = dict(zip(keys, vals))
print(d, {v: k for k, v in d.items()})
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
