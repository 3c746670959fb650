import sys
x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
l = [x, x]
print(sys.getrefcount(x))
