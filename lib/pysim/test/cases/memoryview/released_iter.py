# Iterating a released view: a for loop, list() and (3.14) iter() raise the ValueError; on
# 3.11-3.13 the builtin iter() gets an iterator back with that ValueError pending and raises
# SystemError from it.
import gc
m = memoryview(b'abc')
it = iter(m)
print(next(it))
m.release()
for f in [lambda: next(it), lambda: [x for x in m], lambda: list(m), lambda: tuple(m)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    iter(m)
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__context__ is e.__cause__, e.__suppress_context__)
gc.collect()
c = gc.get_count()
try:
    iter(m)
except Exception:
    pass
print(gc.get_count()[0] - c[0])
iter(m)
