import sys
x = object()
l = [x] * 5
print(sys.getrefcount(x))
l2 = l * 2
print(sys.getrefcount(x))
