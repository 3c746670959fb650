import sys
d = []
def f(a=d):
    return a
print(sys.getrefcount(d))
del f
print(sys.getrefcount(d))
