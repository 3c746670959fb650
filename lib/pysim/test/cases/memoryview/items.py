# Items by format: indexing (negative indices, IndexError), slicing with steps (a new view of the same
# memory), item and slice assignment with each format's checks, tolist, iteration, len, in.
import array
def t(f):
    try:
        r = f()
        print(r.tolist() if isinstance(r, memoryview) else r)
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'abcdef')
t(lambda: (m[0], m[-1], m[5], len(m), list(m), 98 in m, b'b' in m))
t(lambda: m[6])
t(lambda: m[-7])
t(lambda: m['a'])
t(lambda: m[1.0])
t(lambda: m[(1,)])
t(lambda: m[1, 2])
t(lambda: m[::2])
t(lambda: m[::-1])
t(lambda: m[4:1:-2])
t(lambda: (m[::2].strides, m[::-1].strides, m[::2].c_contiguous, m[::-1].contiguous, m[::2].nbytes, m[1:3].shape))
t(lambda: m[::2][::-1].tobytes())
w = memoryview(bytearray(b'abcdef'))
def s(k, v):
    w[k] = v
    return w.tobytes()
for k, v in [(0, 300), (0, -1), (0, 'a'), (0, 1.5), (0, b'a'), (0, True), (-1, 90), (6, 1), ('a', 1),
             (slice(0, 2), b'xyz'), (slice(0, 2), b'xy'), (slice(0, 2), 5), (slice(0, 4, 2), bytearray(b'QQ')),
             (slice(0, 4, 2), memoryview(b'RR')), (slice(None, None, -1), b'123456'), (slice(0, 2), array.array('b', [1, 2])),
             (slice(0, 2), memoryview(b'PQRS')[::2])]:
    t(lambda: s(k, v))
def d():
    del w[0]
t(d)
ro = memoryview(b'abc')
def s2():
    ro[0] = 1
t(s2)
for code, vals in [('b', [-128, 127]), ('B', [0, 255]), ('h', [-1, 2]), ('H', [65535]), ('i', [-5, 7]), ('I', [4000000000]),
                   ('l', [-2**31]), ('q', [-2**63, 2**62]), ('Q', [2**64 - 1]), ('f', [1.5, -0.25]), ('d', [2.5, 1e300])]:
    a = array.array(code, vals)
    v = memoryview(a)
    print(code, v.format, v.itemsize, v.tolist(), v[0], list(v), v.readonly)
    for bad in [2**64, -2**64, 'x', 1.5, None]:
        def st():
            v[0] = bad
        t(st)
    v.release()
