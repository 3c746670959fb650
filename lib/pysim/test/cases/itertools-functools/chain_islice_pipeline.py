import itertools

evens = (n for n in range(20) if n % 2 == 0)
odds = [1, 3, 5]
pipeline = itertools.islice(itertools.chain(odds, evens), 2, 8)
print(list(pipeline))
print(list(itertools.chain.from_iterable(['ab', 'cd', ''])))
print(list(itertools.islice('abcdefg', 1, None, 2)))
print(list(itertools.islice(range(10), 3)))
print(type(pipeline), type(itertools.chain()))
print(isinstance(pipeline, itertools.islice))
