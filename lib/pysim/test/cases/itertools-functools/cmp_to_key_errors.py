import functools

K = functools.cmp_to_key(lambda a, b: a - b)
try:
    K(1) < 1
except TypeError as e:
    print(e)
try:
    hash(K(1))
except TypeError as e:
    print(e)
print(K(3).obj, sorted([3, 1, 2], key=K))
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
