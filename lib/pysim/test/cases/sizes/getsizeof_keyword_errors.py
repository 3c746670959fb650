# sys.getsizeof(object, default) by keyword: a missing object is reported before an
# unknown keyword; 3.13 words the unknown keyword as an unexpected one.
import sys
for call in [lambda: sys.getsizeof(x=1), lambda: sys.getsizeof(1, x=2), lambda: sys.getsizeof(object=[]), lambda: sys.getsizeof([], default=5),
             lambda: sys.getsizeof(default=5), lambda: sys.getsizeof(1, object=2), lambda: sys.getsizeof(), lambda: sys.getsizeof(1, 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
