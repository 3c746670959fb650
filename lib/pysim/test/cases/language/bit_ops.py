print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -16 >> 2)
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
