import itertools

nums = [1, 4, 6, 4, 1, 8]
print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, nums)))
print(list(itertools.takewhile(lambda x: x < 5, nums)))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
