# throw() raises an exception at the paused yield; the generator may handle it and go on.
def tolerant():
    while True:
        try:
            x = yield 'ready'
            print('got', x)
        except ValueError as e:
            print('handled', e)
            yield 'recovered'

t = tolerant()
print(next(t))
print(t.throw(ValueError('bad value')))
print(next(t))
print(t.send(7))
try:
    t.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
print(list(t))

def once():
    yield 1
o = once()
try:
    o.throw(IndexError)
except IndexError:
    print('unstarted generator raises at once')
print(list(o))

def stop_inside():
    yield 1
    raise StopIteration('oops')
s = stop_inside()
next(s)
try:
    next(s)
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
