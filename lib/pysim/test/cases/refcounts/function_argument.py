import sys
def f(arg):
    return sys.getrefcount(arg)
x = []
print(f(x))
print(sys.getrefcount(x))
