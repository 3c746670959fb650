# Calling the memory functions of sys and weakref with the wrong arguments
import sys, weakref
calls = [
    lambda: sys.getrefcount(),
    lambda: sys.getrefcount([], []),
    lambda: sys.getsizeof(),
    lambda: sys.getsizeof(1, 2, 3),
    lambda: sys.getsizeof(default=0),
    lambda: sys.intern(),
    lambda: weakref.getweakrefcount(),
    lambda: weakref.getweakrefs(1, 2),
    lambda: sys.exit(1, 2),
]
for call in calls:
    try:
        call()
    except (TypeError, SystemExit) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(default=-1, object=[]))
print(sys.getsizeof(1.5, default=-1))
