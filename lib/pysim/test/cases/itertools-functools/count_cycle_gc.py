import gc
import itertools
import weakref

gc.collect()
class Box:
    def __del__(self):
        print('Box freed')

b = Box()
b.repeat = itertools.repeat(b, 2)
r = weakref.ref(b)
del b
print(r() is not None)
print(gc.collect())
print(r())
