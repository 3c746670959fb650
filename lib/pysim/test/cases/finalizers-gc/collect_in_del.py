import gc
gc.collect()
class A:
    def __del__(self):
        print('in del, collect returns', gc.collect())
a = A()
del a
print('end')
