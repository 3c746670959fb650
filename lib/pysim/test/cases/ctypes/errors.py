# Argument errors of the simple types, from_address and sizeof
import ctypes


def attempt(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError:', e)


attempt(lambda: ctypes.c_long('a'))
attempt(lambda: ctypes.c_long(1.5))
attempt(lambda: ctypes.c_long(1, 2))
attempt(lambda: ctypes.c_long.from_address('x'))
attempt(lambda: ctypes.c_long.from_address(1.5))
attempt(lambda: ctypes.c_long.from_address())
attempt(lambda: ctypes.sizeof(3))
attempt(lambda: ctypes.sizeof(int))
attempt(lambda: ctypes.c_double('x'))
attempt(lambda: ctypes.c_void_p('x'))
c = ctypes.c_int(3)


def delete():
    del c.value


attempt(delete)
ctypes.c_long.from_address(id(c)).value = 'x'
