import gc, weakref
gc.collect()
class A:
    def __del__(self):
        print('__del__')
a = A(); a.me = a
r = weakref.ref(a, lambda ref: print('callback'))
del a
print(gc.collect())
