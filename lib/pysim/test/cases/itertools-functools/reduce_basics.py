import functools

print(functools.reduce((lambda a, b: a + b), [1, 2, 3, 4]))
print(functools.reduce(lambda acc, w: acc + len(w), ['ab', 'cde'], 0))
print(functools.reduce(max, [3, 9, 2]))
print(functools.reduce((lambda a, b: a * b), range(1, 6), 1))
print(functools.reduce((lambda a, b: a + b), [], 'empty'))
try:
    functools.reduce((lambda a, b: a + b), [])
except TypeError as e:
    print(e)
try:
    functools.reduce((lambda a, b: a + b), 5)
except TypeError as e:
    print(e)
