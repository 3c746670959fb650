# the class namespace: __module__ first, __qualname__ moved to the type, __doc__ from the body or added last
class M:
    a = 1
    def f(self): pass
print(list(vars(M)))
class N(M):
    """doc"""
    __slots__ = ('x',)
print(list(vars(N)))
class E(Exception):
    pass
print(list(vars(E)))
print(M.__qualname__, M.__qualname__ is M.__qualname__)
def outer():
    class Inner:
        pass
    return Inner
print(outer().__qualname__, '__qualname__' in vars(outer()))
def deco(c):
    return c
@deco
class B:
    def __init__(self):
        self.y = 1
        self.x = 2
        self.n += 1
print(list(vars(B)))
print(getattr(B, '__firstlineno__', None), getattr(B, '__static_attributes__', None))
