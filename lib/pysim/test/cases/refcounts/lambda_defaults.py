import sys
v = object()
f = lambda a=v: a
g = lambda a=v: a
print(sys.getrefcount(v))
