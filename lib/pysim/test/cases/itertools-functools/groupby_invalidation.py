import itertools

groups = itertools.groupby('aaabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1))
print(k2, list(g2))
saved = [(k, g) for k, g in itertools.groupby('xxyz')]
print([(k, list(g)) for k, g in saved])
print(type(g1).__name__, type(groups).__name__)
