# time.struct_time is a heap type in CPython: each instance holds a reference to it, so its
# reference count follows the struct_time objects alive, made by gmtime() or the constructor.
import time, sys, gc
base = sys.getrefcount(time.struct_time)
print(base)
t = time.gmtime(0)
print(sys.getrefcount(time.struct_time) - base)
many = [time.localtime(i) for i in range(10)] + [time.struct_time((1,) * 9)]
print(sys.getrefcount(time.struct_time) - base)
del many[::2]
print(sys.getrefcount(time.struct_time) - base)
cls = type(t)
print(sys.getrefcount(time.struct_time) - base, cls is time.struct_time)
del many, t, cls
print(sys.getrefcount(time.struct_time) - base)
r = time.gmtime(0).__reduce__()
print(sys.getrefcount(time.struct_time) - base, r[0] is time.struct_time)
print(gc.is_tracked(time.struct_time), gc.is_tracked(time.gmtime(0)), type(time.struct_time).__name__)
