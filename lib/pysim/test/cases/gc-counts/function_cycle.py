import gc
gc.collect()
def make():
    def f():
        return f
    return f
g = make()
del g
print(gc.collect())
