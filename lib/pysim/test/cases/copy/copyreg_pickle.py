# copyreg.pickle registers a reduction function in copyreg.dispatch_table, which copy.copy and
# copy.deepcopy consult before __reduce_ex__; a non-callable is refused.
import copy
import copyreg
import sys


class Point:
    def __init__(self, x):
        self.x = x


def reduce_point(p):
    print('reduce_point called')
    return Point, (p.x + 1,)


copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point, complex in copyreg.dispatch_table)
print(copy.copy(Point(1)).x, copy.deepcopy(Point(10)).x)
print(type(copyreg.pickle).__name__, sys.getrefcount(reduce_point))
try:
    copyreg.pickle(Point, 'not callable')
except TypeError as e:
    print('TypeError:', e)
copyreg.pickle(Point, reduce_point, 42)
