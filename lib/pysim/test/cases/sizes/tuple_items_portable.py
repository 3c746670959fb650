import struct, sys
P = struct.calcsize('P')
base = sys.getsizeof(())
print([(sys.getsizeof(tuple(range(n))) - base) // P for n in range(8)])
