# ctypes instances made from a value: .value, repr, wrapping, sizes, tracking
import ctypes
import gc
import sys

c = ctypes.c_long(5)
print(c, c.value, repr(ctypes.c_long()), sys.getrefcount(c))
c.value = -7
print(c.value, ctypes.c_int(2 ** 31).value, ctypes.c_ubyte(-1).value, ctypes.c_short(70000).value)
print(ctypes.c_ulong(-1).value == 2 ** (8 * ctypes.sizeof(ctypes.c_ulong)) - 1)
print(ctypes.c_void_p(), ctypes.c_void_p(0).value, ctypes.c_void_p(5).value)
print(ctypes.c_bool(5), ctypes.c_double(2), ctypes.c_float(0.1).value == 0.1)
print(gc.is_tracked(c), type(c), type(ctypes.c_long), ctypes.c_long.__mro__)
print(ctypes.c_long._type_, ctypes.c_uint._type_, ctypes.c_void_p._type_, ctypes.c_double._type_)
print([ctypes.sizeof(t) for t in (ctypes.c_byte, ctypes.c_short, ctypes.c_int, ctypes.c_double, ctypes.c_bool)])
print(ctypes.sizeof(ctypes.c_long) == ctypes.sizeof(ctypes.c_void_p), ctypes.sizeof(c) == ctypes.sizeof(ctypes.c_long))
print(ctypes.c_ssize_t is ctypes.c_long, ctypes.c_size_t is ctypes.c_ulong, ctypes.c_int8 is ctypes.c_byte)
print(c._b_needsfree_, c._objects, c._b_base_)
view = ctypes.c_long.from_address(ctypes.addressof(c))
print(view.value, view._b_needsfree_, ctypes.addressof(view) == ctypes.addressof(c))
c.value = 42
print(view.value)
