# gc.get_referents(f) of an annotated function: what func_traverse visits, before and after
# __annotations__ is read (3.11-3.13: a tuple, then the dict; 3.14: __annotate__, then both)
import gc

def f(a: int, b: 'str' = 1) -> float:
    pass

def g():
    pass

def names(fn):
    return [type(x).__name__ for x in gc.get_referents(fn)]

print(names(f))
f.__annotations__
print(names(f))
print(names(g))
g.__annotations__
print(names(g))
del f.__annotations__
print(names(f))
