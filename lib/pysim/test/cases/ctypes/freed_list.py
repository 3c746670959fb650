# Reading a dead list's address: what the list free list left there
import ctypes

W = ctypes.sizeof(ctypes.c_void_p)


def rc(address):
    return ctypes.c_long.from_address(address).value


def type_word(address):
    return ctypes.c_void_p.from_address(address + W).value


b = [4]
c = [5]
b_id, c_id = id(b), id(c)
del b
del c
# 3.11-3.13 keep dead lists in an array (ob_refcnt stays 0); 3.14 links them through that word
print(rc(c_id) == 0, rc(c_id) == b_id, type_word(c_id) == id(list))

