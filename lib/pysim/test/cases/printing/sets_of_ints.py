print({3, 1, 2})
print(set(), frozenset(), {100, 5, 33})
print(set(range(10)))
