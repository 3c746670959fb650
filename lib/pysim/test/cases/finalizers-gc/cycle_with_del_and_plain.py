import gc
gc.collect()
class A:
    def __del__(self):
        print('A del')
class P:
    pass
a = A(); p = P()
a.p = p; p.a = a
del a, p
print(gc.collect())
