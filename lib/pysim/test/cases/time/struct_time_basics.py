# time.struct_time is a struct sequence: a tuple of nine ints whose items are also named
# attributes, plus tm_zone and tm_gmtoff reachable by name only; gmtime() makes it untracked.
import time, sys, gc
t = time.gmtime(0)
print(t)
print(type(t), type(t).__name__, type(t).__module__, type(t).__qualname__, type(t).__mro__)
print(len(t), t[0], t[-1], t[1:4], t[::3], t[-3:], type(t[1:4]))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(t.n_fields, time.struct_time.__match_args__)
print(time.struct_time.tm_year, time.struct_time.tm_zone)
print(time.struct_time.tm_mon.__doc__, '|', time.struct_time.tm_gmtoff.__doc__)
print(time.struct_time.__doc__.splitlines()[0])
print(isinstance(t, tuple), tuple(t), list(t), t == tuple(t), hash(t) == hash(tuple(t)))
print(t + (1,), t * 2 == tuple(t) * 2, t.index(3), t.count(0), 1970 in t)
y, mo, d, *rest = t
print(y, mo, d, rest)
print(t.__reduce__())
print(sys.getsizeof(t), gc.is_tracked(t))
for bad in ('t[9]', 't[-10]', "t.tm_year = 5", "t.foo = 5", "del t.tm_zone", "t.tm_foo"):
    try:
        exec(bad)
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
try:
    class Sub(time.struct_time):
        pass
except TypeError as e:
    print(e)
print(time._STRUCT_TM_ITEMS, time.struct_time is type(time.localtime(0)))
