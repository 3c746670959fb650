import sys
x = object()
l = [x for _ in range(4)]
print(sys.getrefcount(x))
d = {i: x for i in range(3)}
print(sys.getrefcount(x))
