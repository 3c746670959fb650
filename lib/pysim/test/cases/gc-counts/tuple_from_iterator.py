# tuple(iterable) (PySequence_Tuple): the tuple is allocated first, sized by the length hint
# (10 for a generator), grown by a quarter past ten when short and cut back at the end: one
# gen-0 allocation made before the items, a size that getsizeof shows, id reuse as in CPython
import gc, sys
gc.collect()
def g(n):
    for i in range(n):
        yield [i]
for n in (0, 3, 10, 11, 30):
    b = gc.get_count()[0]
    t = tuple(g(n))
    print(n, gc.get_count()[0] - b, len(t), sys.getsizeof(t))
t = tuple(map(str, range(25)))
print(len(t), t[-1], gc.is_tracked(t))
t = tuple({1: 'a', 2: 'b'})
print(t)
t = tuple(iter([1, 2, 3]))
print(t, sys.getsizeof(t))
def bad():
    yield 1
    raise ValueError("in gen")
try:
    tuple(bad())
except ValueError as e:
    print(e)
print(gc.collect())
a = tuple(x for x in "abc")
b = tuple(x for x in "abd")
print(id(a) == id(b), a, b)
