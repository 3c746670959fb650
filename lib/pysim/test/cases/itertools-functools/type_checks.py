import itertools

for name in ['count', 'cycle', 'repeat', 'chain', 'islice', 'groupby', 'product', 'tee', 'zip_longest']:
    t = getattr(itertools, name)
    print(name, type(t).__name__, t.__module__ if hasattr(t, '__module__') else '-')
print(type(itertools.count()) is itertools.count)
print(isinstance(itertools.repeat(1), itertools.repeat))
print(iter(itertools.count()) is not None)
c = itertools.chain()
print(iter(c) is c)
try:
    itertools.chain(1)
except TypeError as e:
    print(e)
try:
    list(itertools.chain(1))
except TypeError as e:
    print(e)
