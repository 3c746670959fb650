# Fields after the header: a list's size and capacity, a tuple's size and items, a float's value
import ctypes

W = ctypes.sizeof(ctypes.c_void_p)


def word(addr):
    return ctypes.c_ssize_t.from_address(addr).value


lst = [1, 2, 3]
print(word(id(lst) + 2 * W), word(id(lst) + 4 * W))
lst.append(4)
print(word(id(lst) + 2 * W), word(id(lst) + 4 * W))
lst.clear()
print(word(id(lst) + 2 * W), word(id(lst) + 4 * W))
t = ('a', 'b', 7)
print(word(id(t) + 2 * W))
print(ctypes.c_double.from_address(id(2.5) + 2 * W).value)
x = float('-0.125')
print(ctypes.c_double.from_address(id(x) + 2 * W).value)
print(word(id('hello world') + 2 * W), word(id('') + 2 * W))
