import sys
from collections import defaultdict

value = object()
def factory():
    return value
print(sys.getrefcount(value), sys.getrefcount(factory))
d = defaultdict(factory)
print(sys.getrefcount(factory))
d["a"]
d["b"]
print(sys.getrefcount(value))
d.default_factory = None
print(sys.getrefcount(factory))
del d
print(sys.getrefcount(value))
