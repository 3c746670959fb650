# A dead class instance: its block starts with PyGC_Head, so pymalloc's link leaves ob_refcnt at 0
import ctypes

W = ctypes.sizeof(ctypes.c_void_p)


class C:
    pass


x = C()
x_id = id(x)
del x
print(ctypes.c_long.from_address(x_id).value, ctypes.c_void_p.from_address(x_id + W).value == id(C))
