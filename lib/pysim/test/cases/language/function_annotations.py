# f.__annotations__: built on first access, then the same dict; settable to a dict or None
class T:
    pass

def f(p: 'P', /, a: int, *args: 'V', k: T = None, **kw: 'W') -> 'R':
    pass

print(f.__annotations__)
print(list(f.__annotations__))
print(f.__annotations__ is f.__annotations__)

def g():
    pass

d = g.__annotations__
print(d, d is g.__annotations__)
g.__annotations__ = {'x': 1}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__, g.__annotations__ is d)
g.__annotations__ = None
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print('TypeError:', e)

def outer():
    U = list
    def inner(x: U) -> U:
        pass
    return inner

print(outer().__annotations__)
h = lambda x: x
print(h.__annotations__)
