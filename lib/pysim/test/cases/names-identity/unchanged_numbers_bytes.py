# bytes, tuple and str slices of the whole (step 1), bytes concat/repeat/bytes() that change nothing,
# abs() of a non-negative int and +x of a float or complex return the same object; sys.intern refuses subclasses
import sys
b = bytes([104, 105])
print(bytes(b) is b, b[:] is b, b + b"" is b, b"" + b is b, b * 1 is b, b[::1] is b, b[::-1] is b, b[0:2] is b)
t = (1, [2])
print(t[::-1] is t, t[::1] is t, t[:] is t)
s = "".join(["ab", "c"])
print(s[::1] is s, s[::-1] is s, s[0:3] is s)
x = 1000
f = 2.5
c = complex(1, 2)
print(abs(x) is x, abs(-x) is x, +f is f, +c is c, abs(True) is True, abs(f) is f)
print(sys.getrefcount(b), sys.getrefcount(x))
class B(bytes): pass
bb = B(b"xy")
print(type(bytes(bb)).__name__, bytes(bb) is bb, bb[:] is bb, type(bb + b"").__name__)
class S(str): pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print(e)
