# The methods of array.array and the sizes they leave.
import array, sys
a = array.array('d')
for v in (1.5, 2.5, 3.5):
    a.append(v)
print(a, sys.getsizeof(a))
a.fromlist([4.0, 5.0])
print(a, sys.getsizeof(a))
a.frombytes(array.array('d', [6.0]).tobytes())
print(a, len(a), sys.getsizeof(a))
print(a.index(3.5), a.count(2.5), 2.5 in a, a.pop(), a)
b = array.array('H', [1, 2, 3])
b.extend(array.array('H', [4]))
b.extend(range(5, 8))
print(b, sys.getsizeof(b), b.tolist()[-1], b.itemsize, b.typecode)
for bad in (lambda: b.extend(array.array('i', [1])), lambda: b + array.array('i'), lambda: b + [1],
            lambda: a.fromlist((1,)), lambda: a.frombytes(b'abc'), lambda: array.array('i').pop(),
            lambda: b.pop(99), lambda: b.index(99), lambda: array.array('i', 'abc')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
c = b[1:4]
print(c, sys.getsizeof(c), b[::2], b * 0, 2 * array.array('b', [1]))
print(array.array('i', [1, 2]) < array.array('i', [1, 3]), array.array('i', [1]) == array.array('d', [1.0]))
print([x for x in array.array('B', b'\x01\x02')], list(reversed(array.array('i', [1, 2, 3]))))
