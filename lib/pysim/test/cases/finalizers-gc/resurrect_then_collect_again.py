import gc
gc.collect()
holder = []
class A:
    def __del__(self):
        print('__del__ runs')
        holder.append(self)
a = A(); b = A()
a.b = b; b.a = a
del a, b
print(gc.collect())
print(len(holder))
holder.clear()
print(gc.collect())
