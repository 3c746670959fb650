print(b'abc', b'\x00\xff', bytes([65, 66, 10]))
print(bytearray(b'hi'), b"it's", repr(b'"'))
print(list(b'AZ'), b'abc'[1], b'abc'[1:])
