import functools

def combine(a, b):
    return a + b

print(functools.reduce(combine, [1, 2, 3]))
print(functools.reduce(combine, [1, 'two', 3]))
