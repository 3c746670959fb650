import struct, sys
P = struct.calcsize('P')
l = []
base = sys.getsizeof(l)
caps = []
for i in range(30):
    l.append(i)
    caps.append((sys.getsizeof(l) - base) // P)
print(caps)
