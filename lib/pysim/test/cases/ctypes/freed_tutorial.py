# The tutorials' last step: ref_count() of an address after its list was freed
import ctypes


def ref_count(address):
    return ctypes.c_long.from_address(address).value


a = [1, 2, 3]
a_id = id(a)
print(ref_count(a_id))
a = None
# 3.11-3.13: the dead list waits in the free-list array, ob_refcnt 0; 3.14 writes a link there
print(ref_count(a_id) == 0)
