# Float overflow: float ** float raises OverflowError(34, strerror), while + and * go to inf;
# math.exp / math.pow say "math range error"; underflow is 0.0; huge ints do not convert to float.
import math

def t(f):
    try:
        print(repr(f()))
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e, e.args)

t(lambda: 1e308 * 10)
t(lambda: -1e308 * 10)
t(lambda: 1e308 + 1e308)
t(lambda: 1e200 ** 2)
t(lambda: pow(2.0, 10000))
t(lambda: (-2.0) ** 1025)
t(lambda: 10.0 ** -10000)
t(lambda: 2 ** -10000)
t(lambda: float('inf') ** 2)
t(lambda: 1.0 ** float('nan'))
t(lambda: (-1.0) ** float('inf'))
t(lambda: math.exp(1000))
t(lambda: math.exp(-1000))
t(lambda: math.pow(2.0, 10000))
t(lambda: math.pow(0.0, -1.0))
t(lambda: math.pow(-8.0, 1 / 3))
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int(float('nan')))
t(lambda: float(10 ** 400))
t(lambda: 10 ** 400 * 1.0)
t(lambda: (10 ** 400) ** -1)
t(lambda: math.sqrt(10 ** 400))
t(lambda: 0.0 ** -1)
print(2.0 ** 10000)
