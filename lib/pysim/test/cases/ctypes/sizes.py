# sys.getsizeof of a ctypes instance (CDataObject, PyGC_Head, the managed __dict__/__weakref__)
import ctypes
import sys

print(sys.getsizeof(ctypes.c_long(1)), sys.getsizeof(ctypes.c_byte(1)), sys.getsizeof(ctypes.c_double(1)))
print(sys.getsizeof(ctypes.c_long.from_address(id(sys))))
