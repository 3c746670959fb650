import gc, weakref
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
a = N('a'); b = N('b')
a.o = b; b.o = a
ra = weakref.ref(a, lambda r: print('cb a'))
rb = weakref.ref(b, lambda r: print('cb b'))
del a, b
gc.collect()
print('done')
