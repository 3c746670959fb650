# The tutorials' reference cycle: each count stays at 1 until the collector frees both objects
import ctypes
import gc


def ref_count(address):
    return ctypes.c_long.from_address(address).value


class A:
    def __init__(self):
        self.b = B(self)


class B:
    def __init__(self, a):
        self.a = a


gc.collect()
gc.disable()
my_var = A()
a_id = id(my_var)
b_id = id(my_var.b)
print(ref_count(a_id), ref_count(b_id))
my_var = None
print(ref_count(a_id), ref_count(b_id))
print(gc.collect())
gc.enable()
