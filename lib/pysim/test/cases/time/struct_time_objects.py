# The objects a struct_time makes and frees: a new block per call (not a tuple free list), its
# ints (small ones cached, 1970 not), a new str for tm_zone; reference counts and gc counts.
import time, sys, gc
gc.collect()
gc.disable()
t = time.gmtime(0)
print(sys.getrefcount(t), sys.getrefcount(t.tm_zone), sys.getrefcount(t[0]))
u = time.gmtime(0)
print(t is u, t == u, t[0] is u[0], t[1] is u[1], t.tm_zone is u.tm_zone, t.tm_zone == u.tm_zone)
print(t.tm_gmtoff is u.tm_gmtoff, t.tm_yday is u.tm_yday)
year = t.tm_year
print(sys.getrefcount(year))
del t
print(sys.getrefcount(year))
del u
print(sys.getrefcount(year))
before = gc.get_count()[0]
v = time.gmtime(86400 * 365)
after = gc.get_count()[0]
print(after - before)
before = gc.get_count()[0]
w = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
after = gc.get_count()[0]
print(after - before, gc.is_tracked(v), gc.is_tracked(w))
a = id(v)
del v
x = time.gmtime(1)
print(id(x) == a)
r = x.__reduce__()
print(r, sys.getrefcount(r[1][0]), gc.is_tracked(r), gc.is_tracked(r[1][1]))
items = list(x)
print(items, [sys.getrefcount(i) > 100 for i in items[:3]])
if sys.version_info >= (3, 13):
    y = x.__replace__(tm_year=2000, tm_zone='CET')
    print(y, y.tm_zone, gc.is_tracked(y), sys.getsizeof(y) == sys.getsizeof(x))
    try:
        x.__replace__(foo=1, tm_mon=2)
    except TypeError as e:
        print(e)
    try:
        x.__replace__(1)
    except TypeError as e:
        print(e)
else:
    print(hasattr(x, '__replace__'))
gc.enable()
