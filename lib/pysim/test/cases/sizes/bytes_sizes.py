import sys
print([sys.getsizeof(b'x' * n) for n in (0, 1, 10)], sys.getsizeof(bytearray()))
