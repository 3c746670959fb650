# a stepped slice of a str or bytes builds a new object, even of one character; step 1 reuses the cache
import sys
for s in ["A", "é", "ab"]:
    print(repr(s), s[::-1] is s, s[::1] is s, s[0:1] is s[0], s[::2] is s[0], sys.getsizeof(s[::-1]))
b = b"a"
xa = b"xa"
print(b[::-1] is b, b[::1] is b, xa[1:] is b, xa[::-2] is b)
t = (7,)
print(t[::-1] is t, t[::1] is t)
