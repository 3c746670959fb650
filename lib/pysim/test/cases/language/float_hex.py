# float.hex() shows the exact binary value: 0.1 + 0.2 and 0.3 differ in the
# last hex digit of the mantissa (float_hex).
import sys
for x in [0.1, 0.5, 1.0, -2.5, 3.14159, 1e-310, 5e-324, sys.float_info.max, sys.float_info.min, 0.0, -0.0, float("inf"), -float("inf"), float("nan"), 1/3, 1e100, 2.0 ** -1022, 123456.789]:
    print(repr(x), x.hex())
print((0.1 + 0.2).hex(), (0.3).hex(), (0.1 + 0.2).hex() == (0.3).hex())
