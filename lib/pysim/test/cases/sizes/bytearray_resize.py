# sys.getsizeof(bytearray) counts its buffer (ob_alloc): growth over-allocates
# like a list, deleting from the front only moves the start, clear() keeps 1.
import sys
ba = bytearray(b"abc")
print(sys.getsizeof(bytearray()), sys.getsizeof(ba), sys.getsizeof(bytearray(10)))
sizes = []
for i in range(20):
    ba.append(100 + i)
    sizes.append(sys.getsizeof(ba))
print(sizes)
ba.extend(b"xyz")
print(len(ba), sys.getsizeof(ba))
ba.pop(); ba.pop(0)
print(len(ba), sys.getsizeof(ba))
del ba[0:10]
print(len(ba), sys.getsizeof(ba))
del ba[0:6]
print(len(ba), sys.getsizeof(ba))
ba += b"!!"
print(len(ba), sys.getsizeof(ba))
ba.clear()
print(len(ba), sys.getsizeof(ba))
