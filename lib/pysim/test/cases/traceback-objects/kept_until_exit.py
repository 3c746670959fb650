# A function frame kept by a returned exception and a module-level exception kept in a global:
# what the collector finds while the module runs, and the order objects die at exit.
import gc
gc.collect()
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    d = D('local')
    try:
        raise KeyError
    except KeyError as e:
        mine = e
        return e
a = D('a')
saved = f()
try:
    raise ValueError
except ValueError as e:
    kept = e
b = D('b')
print(gc.collect())
print('end')
