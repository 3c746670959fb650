# 3.14 (PEP 649): annotations are computed by f.__annotate__ on first access; earlier versions
# evaluate them when the def runs and have no __annotate__
def f(a: 'A', b: int) -> 'R':
    pass

print(hasattr(f, '__annotate__'))
an = getattr(f, '__annotate__', None)
if an is not None:
    print(an.__name__, an.__qualname__, an.__code__.co_varnames)
    print(an(1))
    try:
        an(3)
    except NotImplementedError as e:
        print('NotImplementedError', e.args)
print(f.__annotations__)
if an is not None:
    print(f.__annotate__ is an)
    f.__annotations__ = {}
    print(f.__annotate__)

class C:
    def m(self, x: 'C') -> None:
        pass

print(C.m.__annotations__)
if hasattr(C.m, '__annotate__'):
    print(C.m.__annotate__.__qualname__)
