import sys
k = (1, 'x', object())
d = {k: 1}
print(sys.getrefcount(k))
d[k] = 2
print(sys.getrefcount(k))
