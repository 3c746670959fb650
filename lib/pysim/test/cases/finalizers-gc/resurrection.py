import gc
gc.collect()
saved = []
class A:
    def __del__(self):
        print('resurrecting')
        saved.append(self)
a = A()
a.me = a
del a
print(gc.collect())
print(len(saved))
saved.clear()
print(gc.collect())
