import sys
x = []
items = [x]
for item in items:
    print(sys.getrefcount(x))
print(sys.getrefcount(x))
del item
print(sys.getrefcount(x))
