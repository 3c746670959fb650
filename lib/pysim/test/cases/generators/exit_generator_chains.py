# Chains of suspended generators at exit: generator expressions over generators, a generator
# wrapping a generator expression, and yield from. The outer generator is met first by the
# shutdown collection, so its finally runs before the inner generator's.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
def gi(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)
def wrap(it, name):
    try:
        for v in it:
            yield v
    finally:
        print('wrap finally', name)
ge = (v for v in gi('inner1'))
next(ge)
x = D(1)
ge2 = (v for v in wrap(gi('f'), 'w4'))
next(ge2)
w5 = wrap((v for v in gi('g')), 'w5')
next(w5)
def outer():
    try:
        yield from gi('sub')
    finally:
        print('outer finally')
o = outer()
next(o)
z = D(3)
print('main done')
