import gc
gc.collect()
class A:
    def __del__(self):
        raise ValueError('del failed')
a = A(); a.me = a
del a
print(gc.collect())
print('continued')
