# Builtin iterators have __iter__ (themselves) and __next__ (StopIteration when exhausted).
it = iter([1, 2])
print(it.__next__(), next(it), it.__iter__() is it)
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
for make in (lambda: iter(range(3)), lambda: iter("ab"), lambda: iter({1: 2}), lambda: iter({5}), lambda: iter((7,)), lambda: zip([1], [2]), lambda: map(abs, [-3]), lambda: enumerate("x"), lambda: reversed([4, 5]), lambda: filter(None, [0, 9])):
    i = make()
    print(type(i).__name__, i.__next__(), hasattr(i, "__iter__"))
