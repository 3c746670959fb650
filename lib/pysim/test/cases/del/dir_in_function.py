# dir() without an argument lists the names of the running scope: a function's locals, not the module's
import sys
g = 1
def f(a, b=2):
    c = [3]
    del a
    names = dir()
    return names, sys.getrefcount(c)
print(f(1))
class C:
    p = 1
    q = 2
    del p
    names = [n for n in dir() if not n.startswith('__')]
print(C.names)
print([n for n in dir() if not n.startswith('_')])
