# Edge cases of the native formats: indices past Py_ssize_t, float items (a C cast to float, an int
# too large for a double), pointers and sizes ('P', 'n', 'N'), bools, chars, __index__ objects, and
# half floats ('e': PyFloat_Pack2's rounding to even, overflow, subnormals, inf and nan).
import array, sys
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
m = memoryview(bytearray(b'abc'))
t(lambda: m[2**70])
t(lambda: m[-2**70])
t(lambda: m[True])
def s(v, k, x):
    v[k] = x
    return v.tolist()
f = memoryview(array.array('f', [0.0]))
d = memoryview(array.array('d', [0.0]))
t(lambda: s(f, 0, 1e39))
t(lambda: s(f, 0, float('inf')))
t(lambda: s(f, 0, 3.4e38))
t(lambda: s(d, 0, 2**1100))
t(lambda: s(d, 0, 2**60 + 1))
t(lambda: s(d, 0, True))
t(lambda: s(f, 0, '1'))
p = memoryview(bytearray(16)).cast('P')
t(lambda: s(p, 0, -1))
t(lambda: s(p, 0, 2**64))
t(lambda: s(p, 0, 1.0))
n = memoryview(bytearray(16)).cast('n')
t(lambda: s(n, 0, -1))
t(lambda: s(n, 0, 2**63))
N = memoryview(bytearray(16)).cast('N')
t(lambda: s(N, 0, -1))
q = memoryview(bytearray(2)).cast('?')
t(lambda: s(q, 0, [1]))
t(lambda: s(q, 1, ''))
c = memoryview(bytearray(2)).cast('c')
t(lambda: s(c, 0, bytearray(b'x')))
t(lambda: s(c, 0, b'xy'))
class I:
    def __index__(self): return 7
t(lambda: s(memoryview(bytearray(1)), 0, I()))
t(lambda: m[I()])
t(lambda: memoryview(array.array('d', [1.5, 2.5]))[::-1].tolist())
t(lambda: memoryview(array.array('q', [2**62]))[0])
t(lambda: memoryview(array.array('Q', [2**64 - 1])).tolist())
# 'e' is a memoryview format from 3.12
t(lambda: memoryview(bytearray(2)).cast('e').format)
if sys.version_info >= (3, 12):
    h = memoryview(bytearray(2)).cast('e')
    for x in [1.0, -2.5, 65504.0, 65520.0, 65519.99, 1e-5, 6e-8, 2e-8, 3e-8, 0.1, 1/3, -0.0, float('inf'), float('-inf'), 1e300, 2**20, 7, True, 'x']:
        t(lambda: (s(h, 0, x), h.tobytes()))
    t(lambda: s(h, 0, float('nan')))
    t(lambda: (h.format, h.itemsize, len(h), memoryview(b'\x00\x3c\x00\xc0\x01\x00\xff\x7b\x00\x7c\x00\x7e').cast('e').tolist()))
