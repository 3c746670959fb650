# A bytearray or an array with a live memoryview cannot change size (BufferError); writes through a
# writable view change the exporter in place; releasing every view lifts the lock.
import array
ba = bytearray(b'hello')
m = memoryview(ba)
for op in [lambda: ba.append(33), lambda: ba.extend(b'!!'), lambda: ba.pop(), lambda: ba.clear(), lambda: ba.__iadd__(b'x'), lambda: ba.__delitem__(0), lambda: ba.__setitem__(slice(0, 1), b'HH'), lambda: ba.insert(0, 1), lambda: ba.remove(104)]:
    try:
        op()
    except BufferError as e:
        print(type(e).__name__, e)
ba[0] = 72
ba[1:3] = b'EL'
m[4] = ord('O')
print(ba, m.tobytes(), m.readonly)
s = m[1:4]
m.release()
try:
    ba.append(1)
except BufferError as e:
    print('still exported:', e)
s.release()
ba.append(33)
print(ba)
a = array.array('i', [1, 2, 3])
v = memoryview(a)
print(v.format, v.itemsize, v.nbytes, v.shape, v.strides, v.tolist(), v[1], v[-1])
for op in [a.pop, lambda: a.append(4), lambda: a.extend([5]), lambda: a.remove(1), lambda: a.insert(0, 0), lambda: a.frombytes(b'\0\0\0\0'), lambda: a.fromlist([1])]:
    try:
        op()
    except BufferError as e:
        print(type(e).__name__, e)
v[0] = -7
a[1] = 20
print(a, v.tolist(), v.tobytes())
v.release()
a.append(4)
print(a)
print(bytearray(b'') is not None and memoryview(bytearray()).tobytes())
