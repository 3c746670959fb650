# Floor division, modulo and divmod of floats at infinities, NaN and signed zeros
# (_float_div_mod and float_rem in Objects/floatobject.c: a NaN remainder stays NaN,
# the quotient is (a - fmod(a, b)) / b snapped to an integral value)
inf = float('inf')
nan = float('nan')
pairs = [(inf, 1), (-1, inf), (1, inf), (-1, -inf), (1, -inf), (-inf, 1), (inf, inf),
         (nan, 1), (1, nan), (5.0, -0.0001), (-0.0, 1), (0.0, -1), (-0.0, -1),
         (1e308, 1e-308), (7, 2.5), (-7, 2.5), (3.0, 1e-320), (2 ** 60, 0.5), (-5, inf),
         (0.0, inf), (-0.0, -inf), (1e300, -3.0)]
for a, b in pairs:
    for name, f in (('//', lambda: a // b), ('%', lambda: a % b), ('divmod', lambda: divmod(a, b))):
        try:
            print(a, name, b, f())
        except Exception as e:
            print(a, name, b, type(e).__name__, e)
x = 7.5
x //= inf
print(x)
y = -7.5
y %= inf
print(y)
