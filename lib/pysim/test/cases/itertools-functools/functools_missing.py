import functools

print(functools.reduce(lambda a, b: a * b, [2, 3]))
from functools import singledispatch
