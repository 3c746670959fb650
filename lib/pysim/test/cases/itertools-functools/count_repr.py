import itertools

c = itertools.count(5)
print(c)
print(next(c), next(c), c)
f = itertools.count(1.5, 0.5)
print(f, next(f), next(f), f)
print(itertools.count(), itertools.count(0, 1), itertools.count(2, -3))
print(itertools.count(10**20), itertools.count(1, 1.0))
print(list(zip('abc', itertools.count(1))))
try:
    itertools.count('a')
except TypeError as e:
    print(e)
