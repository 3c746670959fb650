# The calendar functions read the wall clock that time.time() reads and sleep() moves on:
# compared as differences, which are the same on every run.
import time
now = time.time()
g, l = time.gmtime(), time.localtime()
print(abs(time.mktime(l) - now) < 2, abs(time.mktime(time.gmtime(now)) - time.mktime(g)) < 2)
a = time.mktime(time.localtime())
c = time.ctime()
time.sleep(1.2)
b = time.mktime(time.localtime())
t = int(time.time())
print(1 <= b - a <= 2, time.ctime() != c, time.ctime(t) == time.asctime(time.localtime(t)))
print(time.strftime('%Y') == str(time.localtime().tm_year), len(time.ctime()) == 24, type(time.gmtime(None)).__name__)
print(time.ctime(None)[-4:] == time.strftime('%Y'), time.localtime(None).tm_year >= 2024)
