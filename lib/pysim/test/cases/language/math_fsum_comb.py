# math.fsum sums exactly (0.1 ten times is 1.0, unlike sum()); comb, perm,
# isqrt, lcm, dist, radians and degrees as the math module defines them.
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum([1, 2.5, 3]), sum([0.1] * 10))
print(math.fsum([float("inf"), 1]), math.fsum([0.3, 0.6, 0.1]), math.fsum(x / 7 for x in range(100)))
print(math.comb(5, 2), math.comb(52, 5), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.perm(3, 5), math.comb(100, 50))
print(math.isqrt(17), math.isqrt(10**30), math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 3)))
print(math.radians(180), math.degrees(math.pi), math.degrees(1), math.radians(45), math.atan2(1, 1), math.asin(1), math.acos(0))
for f in [lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.isqrt(-4), lambda: math.dist([1], [1, 2]), lambda: math.fsum([float("inf"), float("-inf")]), lambda: math.comb(5)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
