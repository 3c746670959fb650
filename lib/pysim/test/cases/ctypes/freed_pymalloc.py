# A dead str or big int freed to pymalloc: its first word links the pool's next free block
import ctypes

W = ctypes.sizeof(ctypes.c_void_p)


def word(address):
    return ctypes.c_void_p.from_address(address).value


i = 2 ** 40 + int('5')
j = 2 ** 41 + int('7')
i_id, j_id = id(i), id(j)
del i
del j
print(word(j_id) == i_id, word(j_id + W) == id(int))
s = 'abc' * 40
s_id = id(s)
del s
print(word(s_id + W) == id(str))
