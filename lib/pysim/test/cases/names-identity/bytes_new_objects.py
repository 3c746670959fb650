# the one-byte bytes objects are cached, but only results made from given bytes use the cache:
# C code that fills a new object (bytes(n), bytes(bytearray), upper(), int.to_bytes) makes a new one
a = b'a'
A = b'A'
z = b'\x00'
print(bytes([97]) is a, b'xa'[1:] is a, bytes(b'a') is a, b''.join([a]) is a)
print(bytes(1) is z, bytes(bytearray(b'a')) is a, bytes(memoryview(b'a')) is a, bytes((97,)) is a)
print(A.lower() is a, a.upper() is A, a.capitalize() is A, (97).to_bytes(1, 'big') is a)
ab = b'ab'
print(b''.join([ab]) is ab, ab.replace(b'x', b'y') is ab, b''.join([b'', a]) is a)
