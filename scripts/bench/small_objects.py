# Fill and free 200 000 small objects (floats, tuples, small lists) through pymalloc.
objs = []
for i in range(200_000):
    objs.append((i * 0.5, [i]))
print(len(objs))
objs = None
objs = [float(i) for i in range(200_000)]
print(len(objs))
del objs
print("done")
