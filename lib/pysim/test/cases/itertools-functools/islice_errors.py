import itertools

for args in [(range(5), -1), (range(5), 1, -1), (range(5), 0, 5, 0), (range(5), 'a'), (range(5),), (range(5), 1, 2, 3, 4)]:
    try:
        itertools.islice(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(itertools.islice(range(10), None, None, 3)))
