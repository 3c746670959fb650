a, *rest = [1, 2, 3, 4]
*init, last = 'abc'
x, (y, z) = 1, (2, 3)
print(a, rest, init, last, x, y, z)
first, *mid, end = range(2)
print(first, mid, end)
print([*range(2), *'ab'], {**{'a': 1}, 'b': 2})
