# The one-slice cache: 3.12 and 3.13 start with a slice in it, which a full collection leaves there,
# so a program's first x[::2] (or a memoryview's m[1:]) adds no gc object; slice(3) itself
# packs its argument into a tuple (slice_new unpacks one) and takes the cached slice.
import gc
def d(f):
    gc.collect()
    c = gc.get_count()[0]
    r = f()
    return gc.get_count()[0] - c
print(d(lambda: slice(3)), d(lambda: slice(3)))
x=[1,2,3]
print(d(lambda: x[::2]))
m = memoryview(b"abcd")
print(d(lambda: m[1:]))
s = slice(5)
del s
gc.collect()
c = gc.get_count()[0]
t = slice(3)
print(gc.get_count()[0] - c)
