# `time` is imported by CPython's start-up (site needs it): `import time` only binds the module.
import gc, sys
gc.collect()
before = gc.get_count()
import time
after = gc.get_count()
print(after[0] - before[0])          # the tuple `before` only
print(sys.getrefcount(time))
print(sys.getrefcount(time.time), sys.getrefcount(time.perf_counter), sys.getrefcount(time.monotonic_ns))
print(type(time.time).__name__, time.time, time.perf_counter.__module__, time.perf_counter.__qualname__)
import time as t2
print(t2 is time, sys.getrefcount(time))
del t2
print(sys.getrefcount(time))
