import itertools

print(list(itertools.product('AB', repeat=2)))
print(list(itertools.product([1, 2], 'xy')))
print(list(itertools.permutations('ABC', 2)))
print(list(itertools.permutations(range(3))))
print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.combinations_with_replacement('ABC', 2)))
print(len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.combinations(range(3), 5)), list(itertools.product()))
