# bytes.maketrans and translate, on bytes and bytearray
t = bytes.maketrans(b"lo", b"01")
print(type(t).__name__, len(t), t[100:112], bytearray.maketrans(b"ab", bytearray(b"cd"))[97:100])
print(b"hello".translate(t), b"hello".translate(None, b"l"), b"hello".translate(t, b"h"))
print(bytearray(b"hello").translate(None, delete=b"h"), bytearray(b"hello").translate(t))
s = b"abc"
print(s.translate(None) is s, s.translate(bytes(range(256))) is s, s.translate(None, b"z") is s)
ba = bytearray(b"abc")
print(ba.translate(None) is ba, ba.translate(None))
for call in [lambda: bytes.maketrans(b"a", b"xy"), lambda: bytes.maketrans("a", "b"),
             lambda: bytes.maketrans(b"a"), lambda: b"hello".translate(b"x"),
             lambda: b"hello".translate(None, "l"), lambda: b"abc".translate(table=None),
             lambda: b"abc".translate(None, b"", b""), lambda: b"abc".translate(None, other=b"")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
