# yield from: delegates next/send/throw to a sub-generator, or iterates any iterable.
def inner():
    got = []
    while True:
        x = yield len(got)
        if x == 'stop':
            return got
        got.append(x)

def outer():
    result = yield from inner()
    print('inner collected', result)
    yield 'outer done'

o = outer()
print(next(o))
print(o.send('a'))
print(o.send('b'))
print(o.send('stop'))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * x for x in range(3)))))

def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError:
            yield 'caught in inner'
def delegator():
    yield from catcher()
d = delegator()
print(next(d))
print(d.throw(ValueError))
print(next(d))

def fin_inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally')
def fin_outer():
    try:
        yield from fin_inner()
    finally:
        print('outer finally')
f = fin_outer()
print(next(f))
f.close()
print('closed')
def depth(n):
    if n:
        yield from depth(n - 1)
    yield n
print(list(depth(4)))
