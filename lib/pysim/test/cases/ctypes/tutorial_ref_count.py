# The memory tutorials' ref_count(): ob_refcnt read without getrefcount's extra reference
import ctypes
import sys


def ref_count(address):
    return ctypes.c_long.from_address(address).value


a = [1, 2, 3]
print(ref_count(id(a)), sys.getrefcount(a))
b = a
print(ref_count(id(a)))
c = a
print(ref_count(id(a)))
c = 10
print(ref_count(id(a)))
b = None
print(ref_count(id(a)))
pair = [a, a]
print(ref_count(id(a)), sys.getrefcount(a) - 1 == ref_count(id(a)))
del pair
print(ref_count(id(a)))
