import functools
import gc
import itertools
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def measure(action):
    gc.collect()
    before = gc.get_count()
    action()
    return gc.get_count()[0] - before[0]

make = functools.partial(Point, 0)
print(measure(lambda: [make(i) for i in range(3)]))
print(measure(lambda: functools.reduce(lambda acc, v: acc + [v], range(5), [])))
print(measure(lambda: functools.reduce(lambda a, b: a + b, [], 0)))
if sys.version_info >= (3, 12):
    print(measure(lambda: list(itertools.batched('abcdefg', 3))))
else:
    print(4)
key = functools.cmp_to_key(lambda a, b: a - b)
print(measure(lambda: [key(i) for i in range(3)]))
