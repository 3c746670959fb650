# Instances of subclasses of list, dict and set release what they hold when they die, and copy
# rebuilds them through cls.__new__ (copyreg.__newobj__) with their items.
import copy
import gc
import sys

gc.collect()


class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


x = [2]
print(sys.getrefcount(x))
a, b, c = L([x]), D(k=x), S([1, 2])
print(sys.getrefcount(x), gc.is_tracked(a), gc.is_tracked(b))
del a, b, c
print(sys.getrefcount(x))
y = L()
y.append(x)
y.append(y)
del y
print(sys.getrefcount(x), gc.collect(), sys.getrefcount(x))
ll, dd = L([1, x]), D(a=x)
for fn in (copy.copy, copy.deepcopy):
    lc, dc = fn(ll), fn(dd)
    print(type(lc).__name__, lc, lc[1] is x, type(dc).__name__, dc, dc["a"] is x, sys.getrefcount(x))
del lc, dc
print(sys.getrefcount(x), sys.getrefcount(L), sys.getrefcount(D))
print(L.__new__(L), D.__new__(D), list.__new__(L, [1]), type(set.__new__(S)).__name__)
try:
    object.__new__(L)
except TypeError as e:
    print("TypeError:", e)
try:
    list.__new__(D)
except TypeError as e:
    print("TypeError:", e)
