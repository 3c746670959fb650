# The tutorials' "object from its id": ctypes.cast(address, ctypes.py_object).value
import ctypes
import sys


def get_object_by_id(address):
    return ctypes.cast(address, ctypes.py_object).value


data = {'name': 'heap'}
address = id(data)
print(sys.getrefcount(data))
same = get_object_by_id(address)
print(same is data, same, sys.getrefcount(data))
view = ctypes.cast(address, ctypes.py_object)
print(view, view._objects, sys.getrefcount(data))
print(ctypes.cast(address, ctypes.c_void_p).value == address)
print(ctypes.cast(None, ctypes.py_object), ctypes.cast(0, ctypes.c_void_p).value)
try:
    ctypes.cast(address, ctypes.c_long)
except TypeError as e:
    print('TypeError:', e)
