# Inside a function: getrefcount's argument reference against the count memory holds
import ctypes
import sys


def counts():
    a = []
    direct = ctypes.c_long.from_address(id(a)).value
    print(direct, sys.getrefcount(a))
    b = a
    print(ctypes.c_long.from_address(id(a)).value, sys.getrefcount(a))
    return b


keep = counts()
print(ctypes.c_long.from_address(id(keep)).value, sys.getrefcount(keep))
