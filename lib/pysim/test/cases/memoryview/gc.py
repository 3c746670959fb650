# memoryview and its managed buffer are two gc objects: gc.get_count() across making and freeing
# views, gc.is_tracked, the object's size per dimension, and a cycle through a view's exporter.
import sys, gc
bytearray(4)[::2]  # a slice object made and cached before counting (CPython's start-up leaves one cached on 3.12/3.13)
gc.collect()
print(gc.get_count())
m = memoryview(b'abcdef')
print(gc.get_count(), gc.is_tracked(m))
s = m[::2]
print(gc.get_count(), sys.getsizeof(m), sys.getsizeof(s), m.__sizeof__())
del s
print(gc.get_count())
del m
print(gc.get_count())
gc.collect()
x = memoryview(bytearray(b'xy'))
y = memoryview(x)
print(gc.get_count())
x.release()
print(gc.get_count())
del x, y
print(gc.get_count())
class Holder:
    pass
h = Holder()
h.view = memoryview(bytearray(10))
h.self = h
del h
print(gc.collect())
it = iter(memoryview(b'ab'))
print(type(it).__name__, gc.is_tracked(it), sys.getsizeof(it), list(it))
