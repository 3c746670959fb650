import sys
def inner(v):
    return sys.getrefcount(v)
def outer(v):
    return inner(v)
x = []
print(outer(x))
