# Lib/timeit.py: the statement runs inside a generated function, with the collector off while it is timed.
import timeit, gc
t = timeit.timeit("x = [1, 2, 3]", number=1000)
print(type(t).__name__, t > 0)
flags = []
timeit.timeit("flags.append(gc.isenabled())", setup="import gc", number=3, globals={'flags': flags})
print(flags, gc.isenabled())
r = timeit.repeat("sum(range(100))", repeat=3, number=10)
print(len(r), all(x >= 0 for x in r))
def f():
    return [i for i in range(10)]
print(timeit.timeit(f, number=10) >= 0)
timer = timeit.Timer("a + b", setup="a = 1; b = 2")
print(timer.timeit(5) >= 0, timeit.default_timer is __import__('time').perf_counter)
try:
    timeit.timeit("1 +", number=1)
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    timeit.Timer("return 5")
except SyntaxError as e:
    print("SyntaxError", e.msg)
