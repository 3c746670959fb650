import gc
gc.collect()
class A:
    def __del__(self):
        print('breaking')
        self.other = None
a = A()
b = A()
a.other = b
b.other = a
del a, b
print(gc.collect())
