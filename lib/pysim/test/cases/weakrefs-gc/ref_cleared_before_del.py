import gc, weakref
gc.collect()
class A:
    def __del__(self):
        print('del, ref alive:', r() is not None)
a = A(); a.me = a
r = weakref.ref(a)
del a
print(gc.collect())
print(r())
