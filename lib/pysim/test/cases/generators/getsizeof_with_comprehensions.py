# sys.getsizeof of generators holding comprehensions: 3.11 calls the comprehension as a function, 3.12+ inline it and reuse a slot for a name the generator already has
import sys
def s(g):
    return sys.getsizeof(g)
def c1():
    yield [x for x in range(3)]
def c2(d):
    yield {k: v for k, v in d.items() if v}
def c3(m):
    yield [a * b for a in m for b in m]
def c4(x):
    y = [x for x in range(3)]
    yield y
def c5():
    x = 1
    yield [x for x in range(3)], x
print(s(c1()), s(c2({})), s(c3([])), s(c4(1)), s(c5()))
print(s([y for y in x] for x in [[1]]))
