# py_object holds a reference to its object; cast() of a ctypes instance ties the two in a cycle
import ctypes
import gc
import sys

gc.collect()
a = [1, 2]
p = ctypes.py_object(a)
print(sys.getrefcount(a), p.value is a, p._objects is a, p)
p.value = 'other'
print(sys.getrefcount(a), p.value, gc.is_tracked(p))
del p
print(sys.getrefcount(a), repr(ctypes.py_object()))
try:
    ctypes.py_object().value
except ValueError as e:
    print('ValueError:', e)
v = ctypes.c_void_p(id(a))
print(sys.getrefcount(v), v._objects)
r = ctypes.cast(v, ctypes.py_object)
print(sys.getrefcount(v), type(v._objects).__name__, r._objects is v._objects, r.value is a)
del v, r
print(gc.collect(), sys.getrefcount(a))
q = ctypes.py_object(a)
print(ctypes.c_void_p.from_address(ctypes.addressof(q)).value == id(a))
print(ctypes.py_object.from_address(ctypes.addressof(q)).value is a)
