# A bytearray subclass: tp_new is PyType_GenericNew and bytearray.__init__ fills the object, so a
# class with its own __init__ starts empty; bytearray.__init__ on an existing object refills it.
import sys

class U(bytearray):
    pass

u = U(b'ab')
print(type(u).__name__, u, isinstance(u, U), len(u), u == b'ab')
print(U(3), U([65, 66]), U('hé', 'utf-8'), U())
print(sys.getsizeof(U(b'abc')) - sys.getsizeof(bytearray(b'abc')))

class V(bytearray):
    def __init__(self, *args):
        print('V.__init__', args, repr(self))

v = V(b'zz')
print(repr(v), len(v))

class W(bytearray):
    def __init__(self, data, times):
        super().__init__(data * times)

w = W(b'xy', 3)
print(w, len(w), sys.getsizeof(w) - sys.getsizeof(bytearray(b'xyxyxy')))

b = bytearray(b'hello')
r = b.__init__(b'abc')
print(r, b, sys.getsizeof(b))
b.__init__()
print(b, sys.getsizeof(b))
b.__init__(4)
print(b, sys.getsizeof(b))
b.__init__([1, 2, 3])
print(b, sys.getsizeof(b))
try:
    b.__init__(1.5)
except TypeError as e:
    print('TypeError:', e)
print(super(U, u).__repr__(), super(U, u).__len__())
