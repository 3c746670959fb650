# a range object holds the int objects it was given: its stop is n itself, and n counts one more
import sys
n = 1000
print(sys.getrefcount(n))
r = range(n)
print(sys.getrefcount(n), r.stop is n, r.start is range(5).start)
big = 2 ** 64
r2 = range(big, big + 3)
print(r2.start is big, next(iter(r2)) is big, list(r2)[1] == big + 1)
it = iter(r2)
print(sys.getrefcount(big))
del r, r2
print(sys.getrefcount(n), sys.getrefcount(big))
