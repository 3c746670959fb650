# math's float helpers: copysign, fmod, remainder, modf, frexp, ldexp, hyperbolic functions, and their errors
import math
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(5, math.inf), -7 % 3)
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(-7, 2), math.remainder(10, 4), math.remainder(1e300, 3))
print(math.modf(2.5), math.modf(-2.5), math.modf(-2.0), math.modf(3), math.modf(math.inf), math.modf(-math.inf))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(-3), math.frexp(0.0), math.frexp(1e-310), math.frexp(1e308))
print(math.ldexp(1, 3), math.ldexp(0.5, -1), math.ldexp(3.0, 1000), math.ldexp(1, -1074), math.ldexp(1, -1080), math.ldexp(-0.0, 5))
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5), math.expm1(1e-10), math.log1p(1e-10))
for call in [lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1), lambda: math.remainder(1, 0), lambda: math.remainder(math.inf, 2),
             lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.cosh(1000), lambda: math.ldexp(1.0, 2000),
             lambda: math.ldexp(1.0, 2.5), lambda: math.copysign("a", 1), lambda: math.modf(), lambda: math.fmod(1)]:
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
