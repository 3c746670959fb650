# Functions that take any bytes-like object accept a memoryview (and an array): bytes(), bytearray(),
# concatenation, join, in, the bytes methods' arguments, str(m, encoding), int.from_bytes.
import array
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'abcdef')
a = array.array('h', [1, 2])
t(lambda: (bytes(m), bytes(m[::2]), bytearray(m[1:3]), bytes(memoryview(a)), bytes(a), bytearray(a)))
t(lambda: (b'<' + m, bytearray(b'<') + m[::-1], b'' + m, b'x' + a))
t(lambda: m + b'x')
t(lambda: b'-'.join([m, m[:1], bytearray(b'z'), a]))
t(lambda: (m[1:3] in b'abcd', m[2:4] in bytearray(b'xcd'), b'abcd'.startswith(m[:2]), b'abcd'.endswith((m[:1], m[3:4])), b'abcd'.find(m[1:2]), b'abcd'.count(m[3:4])))
t(lambda: (b'a,b'.split(memoryview(b',')), b'xxaxx'.strip(memoryview(b'x')), b'abc'.replace(m[:1], m[5:]), b'abc'.partition(m[1:2])[0]))
t(lambda: (str(m[:2], 'ascii'), str(m, encoding='utf-8'), int.from_bytes(m[:2], 'little'), int.from_bytes(memoryview(a), 'big')))
ba = bytearray(b'x')
ba += m[:2]
ba.extend(memoryview(b'yz'))
ba += a
print(ba)
arr = array.array('b')
arr.frombytes(memoryview(b'\x01\x02'))
print(arr)
t(lambda: array.array('B', memoryview(b'\x05\x06')))
t(lambda: list(memoryview(bytearray(b'\x00\x01')).cast('c')))
# a view with strides is no PyBUF_SIMPLE buffer: some consumers say BufferError, others their own TypeError
n = m[::2]
for f in [lambda: n in b'abc', lambda: b'abc'.find(n), lambda: str(n, 'ascii'), lambda: b'a'.join([n]), lambda: b'a' + n,
          lambda: bytearray(b'a').extend(n), lambda: bytearray(b'a').__iadd__(n), lambda: array.array('b').frombytes(n),
          lambda: b'abc'.startswith(n), lambda: int.from_bytes(n, 'big'), lambda: bytes(n), lambda: bytearray(n)]:
    t(f)
# bytearray compares with any buffer; bytes.partition hands back the separator object it was given
t(lambda: (bytearray(b'ab') == memoryview(b'ab'), bytearray(b'a') < memoryview(b'b'), bytearray(b'\x01') == array.array('b', [1]), b'a' < bytearray(b'b')))
t(lambda: bytearray(b'ab') < memoryview(b'abc')[::2])
t(lambda: bytearray(b'ac') == memoryview(b'abc')[::2])
sep = memoryview(b'b')
t(lambda: (b'abc'.partition(sep)[1] is sep, b'abc'.rpartition(sep)[1] is sep, b'abc'.partition(b'z')[0], bytearray(b'abc').partition(sep)))
x = b'abcd'
t(lambda: (x.partition(b'zz')[0] is x, x.rpartition(b'zz')[2] is x, x.partition(bytearray(b'bc'))))
