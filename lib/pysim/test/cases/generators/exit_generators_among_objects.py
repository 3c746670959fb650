# Suspended generators at exit (bound to globals, in a list, in an instance attribute, in a
# closure) are closed by the shutdown collection in the collector's order, interleaved with the
# __del__ of other objects: their finally blocks run where the collector meets them.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
def gen(n):
    try:
        yield 1
        yield 2
    finally:
        print('gen finally', n)
gs = [gen('a'), gen('b')]
for g in gs:
    next(g)
a = D(1)
g2 = gen('c')
next(g2)
b = D(2)
class H:
    pass
h = H()
h.g = gen('d')
next(h.g)
h.d = D(3)
def mk():
    g = gen('e')
    next(g)
    def inner():
        return g
    return inner
clo = mk()
c = D(4)
del g
print('main done')
