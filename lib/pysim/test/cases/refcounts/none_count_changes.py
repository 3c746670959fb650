import sys
a = sys.getrefcount(None)
l = [None] * 100
b = sys.getrefcount(None)
print(b - a)
