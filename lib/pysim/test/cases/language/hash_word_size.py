import struct
import sys

print(sys.maxsize, struct.calcsize('P'), struct.calcsize('l'), struct.calcsize('n'), struct.calcsize('=l'), struct.calcsize('@ld'))
print(hash(2 ** 40), hash(2 ** 100), hash(-2 ** 100), hash(2 ** 31), hash(-2 ** 31))
print(hash(1e300), hash(-0.1), hash(2.5), hash(1e20))
print(hash((1, 2)), hash(()), hash(((1, 2), 3)), hash((1.5, 2 ** 40, -1)))
print(list({2 ** 40, 2 ** 31, 5, 2 ** 33 + 7}))
