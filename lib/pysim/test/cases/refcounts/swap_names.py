import sys
a = []
b = {}
a, b = b, a
print(sys.getrefcount(a), sys.getrefcount(b))
print(type(a).__name__, type(b).__name__)
