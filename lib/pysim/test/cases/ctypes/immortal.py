# Immortal objects' ob_refcnt as memory holds it: 3.12/3.13 keep UINT_MAX in the low 32 bits
import ctypes

for obj in (None, True, 1, '', (), int):
    word = ctypes.c_long.from_address(id(obj)).value
    print(type(obj).__name__, word, ctypes.c_int.from_address(id(obj)).value,
          ctypes.c_uint.from_address(id(obj)).value, ctypes.c_short.from_address(id(obj)).value,
          ctypes.c_ubyte.from_address(id(obj)).value)
print(ctypes.c_ssize_t.from_address(id(None)).value == ctypes.c_long.from_address(id(None)).value)
