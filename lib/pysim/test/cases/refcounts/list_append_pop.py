import sys
x = object()
l = []
for i in range(3):
    l.append(x)
print(sys.getrefcount(x))
l.pop()
print(sys.getrefcount(x))
l.clear()
print(sys.getrefcount(x))
