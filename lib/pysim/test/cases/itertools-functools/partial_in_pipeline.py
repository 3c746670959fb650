import functools
import itertools

add3 = functools.partial((lambda a, b: a + b), 3)
print(list(map(add3, range(4))))
totals = itertools.accumulate(map(functools.partial((lambda a, b: a * b), 2), [1, 2, 3]))
print(list(totals))
prices = {'apple': 3, 'pear': 5, 'plum': 2}
cheap = itertools.filterfalse(lambda kv: kv[1] > 3, prices.items())
print(functools.reduce(lambda acc, kv: acc + kv[1], cheap, 0))
print(sum(itertools.starmap((lambda a, b: a * b), zip([1, 2, 3], itertools.repeat(10)))))
