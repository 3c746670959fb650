# The word after ob_refcnt is ob_type: the address id(type(x)) returns
import ctypes

W = ctypes.sizeof(ctypes.c_void_p)


class Point:
    pass


def type_address(x):
    return ctypes.c_void_p.from_address(id(x) + W).value


for x in ([1], (2, 3), {'a': 1}, Point(), 12345678, 2.5, 'text', None, True, Point):
    print(type(x).__name__, type_address(x) == id(type(x)))
p = Point()
print(ctypes.c_size_t.from_address(id(p) + W).value == id(Point))
print(ctypes.c_ssize_t.from_address(id(p) + W).value == id(Point))
