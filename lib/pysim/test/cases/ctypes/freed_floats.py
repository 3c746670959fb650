# Dead floats: 3.11-3.13 link the float free list through ob_type, 3.14 through ob_refcnt
import ctypes

W = ctypes.sizeof(ctypes.c_void_p)


def word(address):
    return ctypes.c_void_p.from_address(address).value


f = float('1.5')
g = float('2.5')
f_id, g_id = id(f), id(g)
del f
del g
print(word(g_id) is None, word(g_id) == f_id, word(g_id + W) == f_id, word(g_id + W) == id(float))
h = float('3.5')
print(id(h) == g_id, ctypes.c_long.from_address(g_id).value, ctypes.c_double.from_address(g_id + 2 * W).value)
