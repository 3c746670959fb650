# list, tuple, str and bytes iterators: what they hold, their length hints as they advance and
# once exhausted, a list that grows while it is iterated, and their sizes.
import sys

items = [10, 20, 30]
before = sys.getrefcount(items)
it = iter(items)
print(sys.getrefcount(items) - before, it.__length_hint__())
print(next(it), it.__length_hint__())
items.append(40)
print(list(it), it.__length_hint__())
print(sys.getrefcount(items) - before, next(it, "done"))
items.append(50)
print(next(it, "still done"), it.__length_hint__())

t = (1, 2)
ti = iter(t)
print(type(ti).__name__, ti.__length_hint__(), next(ti), next(ti), ti.__length_hint__(), next(ti, None))

s = "héllo"
si = iter(s)
print(type(si).__name__, si.__length_hint__(), next(si), next(si), si.__length_hint__())

b = b"ab"
bi = iter(b)
print(type(bi).__name__, bi.__length_hint__(), next(bi), list(bi), bi.__length_hint__())

grow = [1]
seen = []
for v in grow:
    seen.append(v)
    if v < 4:
        grow.append(v + 1)
print(seen)

print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter(b"")))
