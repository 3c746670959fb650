import itertools

sales = [3, 5, 2, 8]
print(list(itertools.accumulate(sales)))
print(list(itertools.accumulate(sales, (lambda a, b: a * b))))
print(list(itertools.accumulate(sales, max)))
print(list(itertools.accumulate(sales, initial=100)))
print(list(itertools.accumulate([], initial=0)))
print(list(itertools.accumulate(['a', 'b', 'c'])))
print(list(itertools.accumulate(sales, func=lambda a, b: a - b)))
