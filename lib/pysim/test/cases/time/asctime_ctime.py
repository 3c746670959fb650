# time.asctime(tuple) and time.ctime(secs): _asctime's "%s %s%3d %.2d:%.2d:%.2d %d" after
# gettmarg and checktm, whose range checks and messages these exercise.
import time
def main():
    print(time.asctime(time.gmtime(0)))
    print(time.ctime(0), '|', time.ctime(1234567890), '|', time.ctime(-1), '|', time.ctime(2.75), '|', time.ctime(10**10))
    for tup in ((2024, 1, 2, 3, 4, 5, 1, 2, 0), (2024, 12, 31, 23, 59, 59, 1, 366, 0), (1999, 0, 0, 0, 0, 0, 0, 0, 0),
                (2024, 1, 1, 0, 0, 61, 6, 0, -1), (12345, 6, 7, 8, 9, 10, 4, 5, 1), (5, 1, 1, 1, 1, 1, 0, 1, 0),
                (-44, 3, 15, 12, 0, 0, 2, 74, 0), (2024, 1, 1, 1, 1, 1, -1, 1, 0), (2024, 1, 1, 1, 1, 1, 13, 1, 0),
                [2024, 1, 2, 3, 4, 5, 1, 2, 0], (2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0),
                (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, -1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
                (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
                (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1, 0, 0, 0, 0, -1, 0), (2024, 1, 1, 0, 0, 0, 0),
                (2024, 1, 1, 0, 0, 0, 0, 1, 0, 0), (1.5, 1, 1, 0, 0, 0, 0, 1, 0), (2024, '1', 1, 0, 0, 0, 0, 1, 0),
                (2**31, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 1, -2**31 - 1),
                (-2**31 + 1899, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31 + 1900, 1, 1, 0, 0, 0, 0, 1, 0), 'abc', 5, None):
        try:
            print(repr(time.asctime(tup)))
        except Exception as e:
            print(type(e).__name__, e)
    z = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0), {'tm_zone': 5})
    g = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0), {'tm_gmtoff': 'x'})
    for tup in (z, g):
        try:
            print(time.asctime(tup))
        except Exception as e:
            print(type(e).__name__, e)
    for call in (lambda: time.asctime((2024, 1, 2, 3, 4, 5, 1, 2, 0), 1), lambda: time.asctime(t=0)):
        try:
            call()
        except Exception as e:
            print(type(e).__name__, e)
main()
