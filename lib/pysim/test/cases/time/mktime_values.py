# time.mktime(tuple): local time (UTC on the corpus machine) to a float, normalizing fields out of
# range (a 13th month, day 0); its argument errors and "mktime argument out of range".
import time
for tup in ((1970, 1, 1, 0, 0, 0, 3, 1, 0), (2024, 1, 2, 3, 4, 5, 1, 2, 0), (2024, 1, 2, 3, 4, 5, 1, 2, -1),
            (2024, 1, 2, 3, 4, 5, 6, 200, 1), (2024, 13, 1, 0, 0, 0, 0, 0, 0), (2024, 0, 0, 0, 0, 0, 0, 0, 0),
            (2024, 2, 30, 25, 61, 61, 0, 0, 0), (2024, -5, -40, -3, -70, -100, 0, 0, 0), (1969, 12, 31, 23, 59, 59, 0, 0, 0),
            (1900, 1, 1, 0, 0, 0, 0, 1, 0), (1600, 2, 29, 12, 0, 0, 0, 1, 0), (3000, 6, 15, 0, 0, 0, 0, 1, 0),
            time.gmtime(1234567890), time.localtime(987654321)):
    print(time.mktime(tup))
for x in (0, 1, -1, 10**9, 1700000000, -10**9):
    print(x, time.mktime(time.localtime(x)) == x)
for bad in ((2024, 1, 1, 0, 0, 0, 0, 1), [2024, 1, 1, 0, 0, 0, 0, 1, 0], 0, None, 'abc', (2024, 1.0, 1, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 1, 2**31), (-2**31, 1, 1, 0, 0, 0, 0, 1, 0)):
    try:
        print(time.mktime(bad))
    except Exception as e:
        print(type(e).__name__, e)
for call in (lambda: time.mktime(), lambda: time.mktime((1970,) * 9, 1), lambda: time.mktime(t=(1970,) * 9)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
