# `return value` in a generator ends it with StopIteration(value); yield from evaluates to it.
def worker(n):
    for i in range(n):
        yield i
    return 'worker done %d' % n

def boss():
    r1 = yield from worker(2)
    print('got', r1)
    r2 = yield from worker(1)
    print('got', r2)
    return [r1, r2]

g = boss()
print(next(g), next(g), next(g))
try:
    g.send(None)
except StopIteration as e:
    print('boss returned', e.value, e.args)

def plain():
    yield 1
    return None
p = plain()
next(p)
try:
    p.send(None)
except StopIteration as e:
    print('value', e.value, 'args', e.args)

def early(flag):
    if flag:
        return 'early'
    yield 'late'
print(list(early(True)), list(early(False)))
def wrap(flag):
    x = yield from early(flag)
    yield x
print(list(wrap(True)), list(wrap(False)))
