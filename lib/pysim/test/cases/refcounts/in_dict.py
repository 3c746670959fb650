import sys
x = []
d = {'a': x}
print(sys.getrefcount(x))
d['b'] = x
print(sys.getrefcount(x))
del d['a']
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
