# printf-style formatting of bytes and bytearray (PEP 461)
class B:
    def __bytes__(self):
        return b"BB"
class I:
    def __index__(self):
        return 7
print(b"%d-%s" % (1, b"x"), b"%5s|%-5s|" % (b"ab", bytearray(b"cd")), b"%.1s" % b"abc")
print(b"%x %X %o %#x %+d % d %05d" % (255, 255, 8, 255, 3, 4, -42))
print(b"%f %e %g %.2f %i %u" % (1.5, 1.5, 1.5, 2.345, 3, 4), b"%d" % 3.9, b"%d" % True)
print(b"%r %a" % ("\xe9", [1, "x"]), b"%c%c" % (65, b"z"), b"%s" % B(), b"%x" % I())
print(b"%(a)s %(b)d" % {b"a": b"x", b"b": 3}, b"%*d|%-*d|%.*f" % (5, 3, 4, 2, 2, 3.14159))
r = bytearray(b"%s!") % b"x"
print(type(r).__name__, r, b"abc" % {}, b"%%" % ())
print(bytes.__mod__(b"%d", 5), bytes.__rmod__(b"%d", 5), bytearray.__mod__(bytearray(b"<%s>"), b"q"))
for fmt, args in [(b"%s", 1), (b"%b", "a"), (b"%c", 256), (b"%c", b"zz"), (b"%d", "a"), (b"%x", 1.5),
                  (b"%f", "a"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%(a)s", {"a": 1}),
                  (b"%z", 1), (b"%", ()), (b"abc", 5), (b"%s", None), (b"%(a)s", (1,))]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
print("x" % b"a")
