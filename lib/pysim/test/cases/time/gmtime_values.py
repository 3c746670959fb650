# time.gmtime() of fixed timestamps: ints and floats (floored), before 1970, leap days, far
# years; and parse_time_t_args' errors (a str, NaN, out of time_t, too many arguments).
import time
for secs in (0, 1, -1, 0.5, -0.5, 1.9999, 86399, 86400, 951782400, 951868800, 1e9, 1234567890, 2**31 - 1, 2**31,
             4102444800, 253402300799, -2208988800, -86400 * 365 * 100, True, 10**10, -10**10):
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_zone, t.tm_gmtoff)
class Secs:
    def __index__(self):
        return 1700000000
print(tuple(time.gmtime(Secs())))
print(time.gmtime(None) == time.gmtime(int(time.time())) or time.gmtime(None) == time.gmtime(int(time.time()) - 1))
for bad in ('x', b'1', [], 1j, float('nan'), float('inf'), -float('inf'), 1e19, 10**19, -10**19, 2**63, 2**64):
    try:
        time.gmtime(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for call in (lambda: time.gmtime(1, 2), lambda: time.gmtime(secs=1), lambda: time.localtime(1, 2),
             lambda: time.localtime(seconds=0), lambda: time.localtime('0'), lambda: time.ctime(1, 2), lambda: time.ctime([])):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
