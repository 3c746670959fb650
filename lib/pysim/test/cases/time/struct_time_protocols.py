# struct_time in the protocols a tuple takes part in: match (its __match_args__ and keyword
# attributes), copy (the same object back for copy.copy), copy.replace on 3.13+, dir(), ordering,
# and struct_time.__new__ (tp_new_wrapper) with its checks.
import time, sys, copy
t = time.gmtime(86400 * 400)
match t:
    case time.struct_time(1971, mon, tm_mday=d, tm_zone=z):
        print('matched', mon, d, z)
match t:
    case (y, *rest):
        print(y, len(rest))
match time.gmtime(0):
    case time.struct_time(tm_year=1971):
        print('wrong')
    case time.struct_time(tm_year=1970, tm_gmtoff=0):
        print('epoch')
keys = list(t.__reduce__()[1][1])
print(keys, keys[0] == 'tm_zone')
print(time.struct_time.__new__(time.struct_time, (2,) * 9))
for args in ((), (tuple, (1,) * 9), (5, (1,) * 9)):
    try:
        time.struct_time.__new__(*args)
    except TypeError as e:
        print(e)
if sys.version_info >= (3, 13):
    r = copy.replace(t, tm_mon=5)
    print(r, r.tm_zone)
else:
    print(hasattr(t, '__replace__'))
print(copy.copy(t) is t, copy.deepcopy(t) == t, type(copy.deepcopy(t)))
print(sorted(x for x in dir(t) if not x.startswith('__')))
print(str(t) == repr(t), f'{t}'[:20], format(t, '')[:5])
print(t < (1972,), t > (1970,), max(time.gmtime(0), time.gmtime(1)))
print(sorted([time.gmtime(5), time.gmtime(3), time.gmtime(4)])[0].tm_sec)
