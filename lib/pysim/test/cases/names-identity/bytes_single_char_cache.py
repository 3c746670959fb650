# One-byte bytes objects are cached: every way of making b"a" gives the same object.
import sys
a = b"a"
print(a is bytes([97]), a is b"xa"[1:], a is "a".encode(), a is bytes(b"a"))
ab = b"ab"
print(bytes([200]) is bytes([200]), ab is bytes([97, 98]))
print(sys.getrefcount(a) > 1000)
