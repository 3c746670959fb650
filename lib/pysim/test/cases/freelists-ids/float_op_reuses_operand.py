# 3.12+: once a `+`, `-` or `*` has run on two floats, the specialized instruction
# writes the result into a temporary operand instead of allocating a new float.
xs = [float(i) + 0.5 for i in range(5)]
old = [id(x) for x in xs]
del xs
ys = [float(i) + 0.25 for i in range(5)]
print([id(y) in old for y in ys])
print([id(y) == o for y, o in zip(ys, old)])
print([id(y) == o for y, o in zip(ys, reversed(old))])
vals = [0.5 * i for i in range(10)]
total = 0.0
seen = set()
for v in vals:
    total += v * 1.0
    seen.add(id(total))
print(len(seen))
mixed = [1, 2.5, 3, 4.5]
print(len({id(m * 2.0) for m in mixed}))
