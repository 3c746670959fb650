# time.struct_time(sequence[, dict]): structseq_new's length checks and messages, the
# named-only fields from the dict (3.13+ refuses names it does not know), tracked by the collector.
# (In a function: CPython 3.12 reports a SystemError when such objects die in the shutdown's collection.)
import time, sys, gc
def main():
    s = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
    print(s, s.tm_zone, s.tm_gmtoff)
    print(gc.is_tracked(s), sys.getsizeof(s))
    s2 = time.struct_time([2024, 1, 2, 3, 4, 5, 1, 2, 0, 'EST', -18000])
    print(s2, s2.tm_zone, s2.tm_gmtoff, len(s2), s2.__reduce__())
    s3 = time.struct_time(range(9), {'tm_zone': 'CET', 'tm_gmtoff': 3600})
    print(s3, s3.tm_zone, s3.tm_gmtoff)
    s4 = time.struct_time(x * 2 for x in range(10))
    print(s4, s4.tm_zone, s4.tm_gmtoff)
    s5 = time.struct_time('abcdefghi')
    print(s5, s5.tm_zone)
    s6 = time.struct_time(sequence=(1,) * 9, dict={'tm_gmtoff': 60})
    print(s6 == (1,) * 9, s6.tm_zone, s6.tm_gmtoff)
    print(time.struct_time((1,) * 9, {}).tm_zone)
    def attempt(*args, **kw):
        try:
            r = time.struct_time(*args, **kw)
            print('ok', r, r.tm_zone, r.tm_gmtoff)
        except TypeError as e:
            print('TypeError', e)
    attempt((1, 2, 3))
    attempt((1,) * 9, None)
    attempt((1,) * 12)
    attempt(5)
    attempt(None)
    attempt((1,) * 9, 5)
    attempt((1,) * 9, [])
    attempt((1,) * 9, {}, 3)
    attempt()
    attempt(seq=(1,) * 9)
    attempt((1,) * 9, {'tm_zone': 'Z', 'tm_year': 5})
    attempt((1,) * 10, {'tm_zone': 'Z', 'tm_gmtoff': 7})
    attempt((1,) * 9, {'tm_gmtoff': 7})
main()
