import gc
gc.collect()
class A:
    def __del__(self):
        print('del self-cycle')
a = A()
a.me = a
del a
print(gc.collect())
print(gc.garbage)
