# The inline variants: c_long, c_ssize_t, c_int, c_uint, narrower types, one instance read twice
import ctypes


class CLS:
    pass


obj = CLS()
addr = id(obj)
print(ctypes.c_long.from_address(id(obj)).value)
print(ctypes.c_ssize_t.from_address(addr).value, ctypes.c_size_t.from_address(addr).value)
print(ctypes.c_int.from_address(addr).value, ctypes.c_uint.from_address(addr).value)
print(ctypes.c_short.from_address(addr).value, ctypes.c_ubyte.from_address(addr).value)
print(ctypes.c_ushort.from_address(addr).value, ctypes.c_byte.from_address(addr).value)
ob_refcnt = ctypes.c_long.from_address(addr)
print(ob_refcnt.value)
obj2 = obj
print(ob_refcnt.value)
names = {'x': obj, 'y': obj}
print(ob_refcnt.value)
names.clear()
del obj2
print(ob_refcnt.value, repr(ob_refcnt))
