# sys.getrefcount of a module: the importing namespace, sys.modules, and whatever the
# interpreter's start-up left holding it (other standard-library modules that imported it)
import sys
print(sys.getrefcount(sys))
import gc
print(sys.getrefcount(gc))
import gc as collector
print(sys.getrefcount(gc))
del collector
print(sys.getrefcount(gc))
import math, types, copy, weakref, struct, copyreg
for m in (math, types, copy, weakref, struct, copyreg):
    print(m.__name__, sys.getrefcount(m))

def f():
    import gc
    return sys.getrefcount(gc)

print(f())
del math
import math
print(sys.getrefcount(math))
