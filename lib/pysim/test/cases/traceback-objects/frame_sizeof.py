# sys.getsizeof of a frame object counts its fast locals and its code's value stack
# (co_stacksize) on top of the frame object's own fields.
import sys

def small():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e

def wider(a, b, c):
    total = a + b * c
    items = [a, b, c, total]
    try:
        raise ValueError(items)
    except ValueError as e:
        return e

def caller():
    return sys._getframe()

for fn, args in ((small, ()), (wider, (1, 2, 3))):
    fr = fn(*args).__traceback__.tb_frame
    print(fn.__name__, sys.getsizeof(fr))
print(sys.getsizeof(caller()))
lam = lambda x: sys._getframe()
print(sys.getsizeof(lam(1)))
