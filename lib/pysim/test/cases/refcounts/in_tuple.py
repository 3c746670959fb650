import sys
x = []
t = (x, x, x)
print(sys.getrefcount(x))
del t
print(sys.getrefcount(x))
