import gc
gc.collect()
class A:
    def __del__(self):
        pass
for i in range(3):
    a = A(); a.s = a
del a
print(gc.collect(), gc.garbage)
