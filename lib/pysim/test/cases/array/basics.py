# array.array: C numbers in one block; each read makes a new int or float.
import array, sys, gc
a = array.array('i', [1, 2, 3])
print(a, repr(array.array('d')), type(a), array.array, array.ArrayType is array.array, array.typecodes)
print(sys.getsizeof(array.array('i')), sys.getsizeof(a), gc.is_tracked(a), a.itemsize, a.typecode)
b = array.array('i')
sizes = []
for i in range(20):
    b.append(i)
    sizes.append(sys.getsizeof(b))
print(sizes)
print(sys.getsizeof(array.array('d', range(10))), sys.getsizeof(array.array('b', (1, 2))), sys.getsizeof(array.array('q', [1]*100)))
print(a[0], a[-1], a[1:], a[::-1], len(a), 2 in a, a.tolist(), list(a), a + a, a * 2)
x = array.array('l', [10**10])
print(x[0] is x[0], sys.getrefcount(x[0]))
a.extend([4, 5]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a.index(2), a.count(2))
a.remove(2); a.reverse(); print(a, a == array.array('i', [4, 3, 1]), a.tobytes())
for bad in [lambda: array.array('z'), lambda: array.array('b', [200]), lambda: array.array('i', [1.5]), lambda: array.array('d', ['x']), lambda: array.array('B', [-1]), lambda: a[10], lambda: a.remove(99), lambda: array.array('h', [40000]), lambda: array.array('H', [-1]), lambda: array.array('I', [-1]), lambda: array.array('L', [-1]), lambda: array.array('Q', [-1]), lambda: array.array('l', [2**63]), lambda: array.array('q', [2**63])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
f = array.array('f', [0.1]); print(f, f[0])
c = array.array('i', range(5)); c[1] = 9; del c[0]; print(c, c.buffer_info()[1])
import copy
print(copy.copy(c), copy.deepcopy(c), copy.copy(c) is c)
c += array.array('i', [7]); print(c)
print(array.array('i', b'\x01\x00\x00\x00'))
