import struct, sys
P = struct.calcsize('P')
s = set()
base = sys.getsizeof(s)
slots = []
for i in range(40):
    s.add(i)
    slots.append((sys.getsizeof(s) - base) // (2 * P))
print(sorted(set(slots)))
