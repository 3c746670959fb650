# bytes share str's search methods but work on byte values: `in` takes a
# sub-sequence or an int, and case and whitespace are ASCII only.
data = b"  Hello World hello  "
print(b"ll" in data, b"lo!" in data, 108 in data, bytearray(b"He") in data)
for x in [300, "l"]:
    try:
        print(x in data)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(data.find(b"l"), data.find(108), data.rfind(b"l"), data.count(b"l"), data.count(b"l", 5))
print(data.startswith(b"  H"), data.endswith((b"x", b" ")), data.rindex(b"o"))
print(data.upper(), data.lower(), data.swapcase(), data.title(), data.capitalize())
print(data.strip(), data.lstrip(), data.rstrip(), data.strip(b" Hh"))
print(data.split(), data.split(b"l"), data.split(b"l", 1), data.rsplit(None, 1), b"a\x85b\xa0c".split())
print(data.replace(b"l", b"L"), data.replace(b"l", b"L", 1), b"-".join([b"a", bytearray(b"c")]))
print(data.partition(b"o"), data.rpartition(b"o"), b"ab".center(6, b"*"), b"42".zfill(5))
print(b"a\nb\r\nc".splitlines(), b"ab".removeprefix(b"a"), bytes.fromhex("41 42"))
print(b"abc".isalpha(), b"123".isdigit(), b"\xe9".isalpha(), b"\xe9".upper(), b"Ab Cd".istitle())
print(bytearray(b"a b").split(), bytearray(b"ab").upper())
for expr in ["data.find('l')", "data.index(b'z')", "data.startswith('x')", "data.split('l')", "b'-'.join([b'a', 'b'])", "bytes.fromhex('4z')"]:
    try:
        eval(expr)
    except (TypeError, ValueError) as e:
        print(expr, type(e).__name__, e)
