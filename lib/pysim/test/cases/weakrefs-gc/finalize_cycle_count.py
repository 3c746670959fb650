# weakref.finalize on an object in a cycle: the collector calls the finalizer, whose call drops
# the registry's _Info and with it the weak reference, which gc.collect() counts as freed
import gc, weakref

class A:
    pass

gc.collect()
a = A()
a.self = a
fin = weakref.finalize(a, print, "finalized a")
del a
print("collected", gc.collect())
print("alive", fin.alive, "peek", fin.peek())
b = A()
f1 = weakref.finalize(b, print, "exit: b")
print(f1.alive, f1.atexit, f1.peek()[1:])
print(f1.detach()[1:], f1.alive)
