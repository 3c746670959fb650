# yield inside while/for/if/else, break and continue, nested loops and try/except blocks.
def grid(w, h):
    for y in range(h):
        for x in range(w):
            if x == y:
                continue
            yield (x, y)
        else:
            yield 'row %d done' % y
print(list(grid(3, 2)))

def until(limit):
    n = 0
    while True:
        n += 1
        if n > limit:
            break
        yield n
    else:
        yield 'never'
    yield 'after loop'
print(list(until(3)))

def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield 'div by zero'
        else:
            yield 'ok'
print(list(safe_div([(1, 2), (1, 0)])))

def in_handler():
    try:
        raise KeyError('k')
    except KeyError as e:
        yield 'handling ' + repr(e)
        yield 'still handling'
    yield 'after'
h = in_handler()
print(next(h))
try:
    raise ValueError('caller')
except ValueError:
    print(next(h))
print(next(h))

def tuple_yield():
    a = yield 1, 2
    b = [(yield 'x'), (yield 'y')]
    yield a, b
t = tuple_yield()
print(next(t), t.send('A'), t.send('B'), t.send('C'))
def aug():
    total = 0
    total += yield total
    total += yield total
    yield total
ag = aug()
print(next(ag), ag.send(5), ag.send(7))
