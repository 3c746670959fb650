# Generators accept weak references; the reference dies with the generator.
import weakref

def g():
    yield 1
    yield 2

gen = g()
r = weakref.ref(gen, lambda ref: print('callback: generator gone'))
print(r() is gen)
next(gen)
del gen
print(r())

gen = g()
r2 = weakref.ref(gen)
print(list(gen))
print(r2() is not None)
gen = None
print(r2())
