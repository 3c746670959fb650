# __basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__ of builtin types: their C structs
import sys, weakref

def f():
    pass

types = [object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set,
         frozenset, type, range, slice, property, staticmethod, classmethod, type(None),
         type(len), type(f), type(sys), type(...), weakref.ref, type(iter([])),
         type(iter(())), type(iter(range(3))), type({}.keys()), type(int.__dict__),
         BaseException, KeyError, StopIteration, SystemExit, NameError, AttributeError, OSError]
for t in types:
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
