# sys.getsizeof of a generator: the generator object plus its frame's fast locals and value stack (co_stacksize)
import sys
nums = [1, 2]
def s(g):
    return sys.getsizeof(g)
def g0():
    yield 1
def g1(a):
    x = 1
    yield a
def g2(a, b):
    for x in a:
        if x > b:
            yield x * 2
def g3(n):
    i = 0
    while i < n:
        yield i
        i += 1
def g4(items):
    for k, v in items:
        yield k, v
def g5(a):
    total = 0
    for x in a:
        total += x
        yield total
def g6(data):
    for row in data:
        for x in row:
            yield x
def g7(x):
    yield from range(x)
def g8(d):
    for k in d:
        yield d[k] + 1
def g9(a):
    yield len(a)
    yield max(a, key=abs)
def g10(a):
    r = yield 1
    yield r
print(s(g0()), s(g1(1)), s(g2(nums, 0)), s(g3(2)), s(g4([])), s(g5(nums)), s(g6([])), s(g7(2)), s(g8({})), s(g9(nums)), s(g10(1)))
print(s(x for x in nums), s(n * n for n in nums), s(str(n) for n in nums), s((a, b) for a in nums for b in nums), s(n + n * n for n in nums), s(x for x in nums if x > 1), s(f"{x}" for x in nums), s([x] for x in nums), s(x.real for x in nums))
def c4(a):
    yield sum(x for x in a)
def c5(a):
    try:
        yield a[0]
    except IndexError:
        yield None
def c6(a):
    with a as f:
        yield f
def c7(a, b):
    x, y = a
    a.b = y
    a[b] = x
    yield a
def c8(n):
    print("start", n, sep="")
    yield f"{n:>5} {n!r}"
def c9(a):
    yield a[1:2], a[::2]
print(s(c4([])), s(c5([])), s(c6('x')), s(c7(1, 2)), s(c8(1)), s(c9(1)))
print(s(x for x in range(3)), s(x for x in [1, 2] if x and x > 0), s((x, y) for x, y in [(1, 2)]))
