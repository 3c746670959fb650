# references held by function annotations: the annotation objects, the dict, the function
import sys

class T:
    pass

print(sys.getrefcount(T))

def f(x: T, y: T) -> T:
    pass

print(sys.getrefcount(T))
d = f.__annotations__
print(sys.getrefcount(T))
print(sys.getrefcount(d))
del d
del f
print(sys.getrefcount(T))

def g(x: [1, 2]):
    pass

a = g.__annotations__['x']
print(sys.getrefcount(a))
del g
print(sys.getrefcount(a))
