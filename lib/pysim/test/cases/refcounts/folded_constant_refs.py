# A constant made by folding (`'ab' * 3`, `-1.5`) is held by co_consts and, up to 3.13,
# by the parser arena too while the module runs; 3.14 folds in the CFG optimizer (no arena).
import sys
a = 2 ** 100
print(sys.getrefcount(a))
b = 'ab' * 3
print(sys.getrefcount(b))
c = (1, 2) * 2
print(sys.getrefcount(c))
d = (1, 2) + (3,)
print(sys.getrefcount(d))
e = 1.5 * 2
print(sys.getrefcount(e))
f = -1.5
print(sys.getrefcount(f))
g = ~5000
print(sys.getrefcount(g))
h = (2000 + 1) * 2
print(sys.getrefcount(h))
print(sys.getrefcount(-2 ** 20))
