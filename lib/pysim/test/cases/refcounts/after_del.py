import sys
x = []
y = x
z = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
del z
print(sys.getrefcount(x))
