# atexit's argument checks.
import atexit
for call in (lambda: atexit.register(), lambda: atexit.register(5), lambda: atexit.unregister(),
             lambda: atexit._ncallbacks(1), lambda: atexit.register("not callable", 1)):
    try:
        call()
    except TypeError as e:
        print(e)
print(atexit.unregister(len))
import sys
print(sys.getrefcount(atexit))
