# yield inside larger expressions: operators, comparisons, subscripts, attributes, calls, displays.
import sys
class P:
    def __init__(self, v): self.v = v
def exprs():
    a = (yield 'first') + 1
    b = (yield 'cmp') == 3
    c = [10, 20, 30][(yield 'index')]
    d = (yield 'attr').v
    e = not (yield 'not')
    f = -(yield 'neg')
    g = max((yield 'arg1'), (yield 'arg2'), key=abs)
    h = ((yield 'tuple'), 'fixed')
    i = 'x' in (yield 'in')
    yield [a, b, c, d, e, f, g, h, i]
gen = exprs()
print(next(gen))
for v in [1, 3, 2, P('attr value'), 0, 5, -7, 4, 'lab', 'xyz']:
    print(gen.send(v))
def held():
    items = [object()]
    r = len((yield items)) + ((yield items[0]) is None)
    yield r
h = held()
lst = next(h)
print(sys.getrefcount(lst))
obj = h.send([1, 2])
print(sys.getrefcount(obj))
print(h.send(None))
def failing():
    x = [1, 2][(yield)]
g2 = failing()
next(g2)
try:
    g2.send(5)
except IndexError as e:
    print('IndexError:', e)
