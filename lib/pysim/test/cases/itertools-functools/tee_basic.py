import itertools

a, b = itertools.tee([1, 2, 3])
print(next(a), next(a))
print(list(b), list(a))
x, y, z = itertools.tee('ab', 3)
print(list(x), list(y), list(z))
print(type(a).__name__, itertools.tee([], 0))
c = a.__copy__()
print(type(c) is type(a))
try:
    itertools.tee([], -1)
except ValueError as e:
    print(e)
