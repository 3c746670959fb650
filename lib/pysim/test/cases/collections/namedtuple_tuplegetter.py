import gc
import sys
from collections import namedtuple, _tuplegetter

P = namedtuple("P", "x y")
g = P.__dict__["x"]
print(g, type(g).__name__, type(g).__qualname__, g is P.x)
print(g.__reduce__(), g.__doc__, sys.getsizeof(g), gc.is_tracked(g))
print(g.__get__(P(1, 2)), g.__get__((7, 8)), g.__get__(None, P) is g)
g2 = _tuplegetter(1, "second")
print(g2, g2.__get__((1, 2, 3)), repr(_tuplegetter(-1, None)), _tuplegetter(True, 0))
g2.__doc__ = "changed"
print(g2.__doc__)
del g2.__doc__
print(g2.__doc__, g2)
for args in [(1,), ("a", None), (1, 2, 3), (2 ** 70, None)]:
    try:
        _tuplegetter(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    _tuplegetter(1, doc=2)
except TypeError as e:
    print(e)
try:
    g2.__get__(5)
except TypeError as e:
    print(e)
try:
    _tuplegetter(5, None).__get__((1,))
except IndexError as e:
    print(e)
class C:
    item = _tuplegetter(0, None)
try:
    C().item
except TypeError as e:
    print(e)
class T(tuple):
    first = _tuplegetter(0, "first")
t = T("ab")
print(t.first, sys.getrefcount(g2), gc.get_referents(g2))
