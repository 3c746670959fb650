# An int's ob_size (3.11: signed digit count) or lv_tag (3.12+: ndigits << 3 | sign; 3.14 flags cached ints)
import ctypes

W = ctypes.sizeof(ctypes.c_void_p)
for n in (0, 1, -5, 256, 257, 2 ** 30, -(2 ** 60), 10 ** 20, True, False):
    print(n, ctypes.c_ssize_t.from_address(id(n) + 2 * W).value)
