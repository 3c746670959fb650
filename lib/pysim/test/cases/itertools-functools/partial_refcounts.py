import functools
import sys

def f(a, b):
    return a

arg = object()
print(sys.getrefcount(arg), sys.getrefcount(f))
p = functools.partial(f, arg)
print(sys.getrefcount(arg), sys.getrefcount(f))
p(1)
print(sys.getrefcount(arg))
q = functools.partial(p, 2)
print(sys.getrefcount(arg), sys.getrefcount(p), sys.getrefcount(f))
del p, q
print(sys.getrefcount(arg), sys.getrefcount(f))
