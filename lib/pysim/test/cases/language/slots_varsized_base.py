# nonempty __slots__ on a variable-size base (int, tuple, bytes) is a TypeError; empty ones are fine
for base in (int, tuple, bytes):
    for slots in ((), ('x',), ('__dict__',), ('__weakref__',)):
        try:
            C = type('C', (base,), {'__slots__': slots})
            print(base.__name__, slots, 'ok', hasattr(C(), '__dict__'))
        except TypeError as e:
            print(base.__name__, slots, 'TypeError:', e)
class I(int):
    pass
try:
    class J(I):
        __slots__ = ('k',)
except TypeError as e:
    print('TypeError:', e)
