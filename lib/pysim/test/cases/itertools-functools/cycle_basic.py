import itertools

c = itertools.cycle('ab')
print([next(c) for _ in range(5)])
print(list(itertools.islice(itertools.cycle([1, 2, 3]), 7)))
print(list(itertools.cycle([])))
print(type(c).__name__, type(c).__module__)
