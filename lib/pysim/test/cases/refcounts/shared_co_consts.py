# functions whose constants are the same, in the same order, share one co_consts tuple:
# the literal 1000 counts one reference for both function bodies
import sys
n = 1000
print(sys.getrefcount(n))
def f():
    return sys.getrefcount(1000)
def g():
    x = 1000
    return x
print(sys.getrefcount(n))
half = lambda: 2.5
twice = lambda: 2.5
print(sys.getrefcount(2.5))
