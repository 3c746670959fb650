import sys
x = object()
print(sys.getrefcount(x))
