import sys
inner = []
outer = [inner, [inner], (inner,)]
print(sys.getrefcount(inner))
outer.pop()
print(sys.getrefcount(inner))
del outer
print(sys.getrefcount(inner))
