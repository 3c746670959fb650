# Assorted generator features: closures, defaults, *args, iterator protocol, recursion, gi_running.
import sys
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    while True:
        yield bump()
c = counter()
print(next(c), next(c), next(c))
def fin_return():
    try:
        yield 1
        return 'from try'
    finally:
        print('finally')
g = fin_return()
print(next(g))
try:
    g.send(None)
except StopIteration as e:
    print('stop', e.value)
def gen_with_default(a, b=10, *args, **kw):
    yield a + b
    yield args
    yield sorted(kw)
print(list(gen_with_default(1, 2, 3, 4, x=1, y=2)))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
def deleg():
    r = yield from It()
    yield r
print(list(deleg()))
def nested():
    def inner():
        yield 'inner'
    yield from inner()
    yield 'outer'
print(list(nested()))
def genexp_in_gen():
    yield sum(x for x in range(4))
    yield [x for x in range(3)]
print(list(genexp_in_gen()))
def raising():
    yield 1
    raise ValueError('boom')
try:
    for x in raising():
        print('got', x)
except ValueError as e:
    print('caught', e)
def recursive(n):
    if n > 0:
        yield n
        yield from recursive(n - 1)
print(list(recursive(5)))
g = (yield_ for yield_ in range(2))
print(list(g))
def running():
    yield gen_ref.gi_running
gen_ref = running()
print(next(gen_ref), gen_ref.gi_running)
def self_next():
    yield next(me)
me = self_next()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
def ret_after_exit():
    try:
        yield 1
    except GeneratorExit:
        pass
    return 'override'
g = ret_after_exit()
next(g)
print(g.close())
def multi_assign():
    a = b = yield 1
    yield a is b
m = multi_assign(); next(m); print(m.send([]))
def yield_in_while_cond():
    while (yield 'cond'):
        print('looping')
w = yield_in_while_cond()
print(next(w), w.send(True), end=' ')
try:
    w.send(False)
except StopIteration:
    print('stopped')
def exc_ctx():
    try:
        raise KeyError('a')
    except KeyError:
        yield 1
        try:
            raise
        except KeyError as k:
            yield repr(k)
    yield 3
e = exc_ctx()
print(next(e))
try:
    raise
except RuntimeError as r:
    print('caller has no exception:', r)
print(next(e), next(e))
print(list(zip(recursive(3), 'abc')))
print(dict(enumerate(recursive(2))))
def big_frame():
    x = [1] * 3
    yield sys.getrefcount(x)
print(next(big_frame()))
