# The time zone constants init_timezone sets (the host's zone: UTC on the corpus machine, whose
# name depends on the C library) and local time against UTC: localtime, ctime, mktime round trips.
import time
print(time.timezone, time.altzone, time.daylight, time.tzname, type(time.tzname))
lt, gt = time.localtime(0), time.gmtime(0)
print(tuple(lt) == tuple(gt), lt.tm_zone == time.tzname[0], lt.tm_gmtoff == -time.timezone, gt.tm_zone)
print(time.ctime(0) == time.asctime(time.localtime(0)), time.ctime(1e9))
for secs in (0, 10**9, 1700000000, -10**9):
    print(time.mktime(time.localtime(secs)) == secs, time.strftime('%Z %z', time.localtime(secs)) == time.strftime('%Z %z', time.localtime(0)))
print(hasattr(time, 'tzset'))
if hasattr(time, 'tzset'):
    before = time.tzname
    print(time.tzset(), time.tzname == before, time.tzname is before, time.timezone)
