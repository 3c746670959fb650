import itertools

r = itertools.repeat('a', 3)
print(r, r.__length_hint__())
print(next(r), r, r.__length_hint__())
print(list(r), r)
print(itertools.repeat('x'), itertools.repeat(None, -2))
print(list(itertools.repeat(7, -2)))
print(list(map(pow, range(5), itertools.repeat(2))))
try:
    itertools.repeat('x').__length_hint__()
except TypeError as e:
    print(type(e).__name__, e)
