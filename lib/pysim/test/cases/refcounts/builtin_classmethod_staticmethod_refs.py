# Reference counts of the classmethod descriptors and staticmethod objects in builtin types' dicts
import sys
print(sys.getrefcount(dict.__dict__['fromkeys']), sys.getrefcount(int.__dict__['from_bytes']))
print(sys.getrefcount(bytes.__dict__['maketrans']), sys.getrefcount(bytes.maketrans))
print(sys.getrefcount(bytearray.maketrans), sys.getrefcount(str.__dict__['maketrans']))
print(sys.getrefcount(dict.fromkeys), sys.getrefcount({}.fromkeys))
d = dict.__dict__['fromkeys']
s = bytes.__dict__['maketrans']
f = bytes.maketrans
g = bytes.maketrans
print(sys.getrefcount(d), sys.getrefcount(s), sys.getrefcount(f))
b = dict.fromkeys
print(sys.getrefcount(b), b.__self__ is dict)
del d, s, f, g, b
print(sys.getrefcount(dict.__dict__['fromkeys']), sys.getrefcount(bytes.__dict__['maketrans']), sys.getrefcount(bytes.maketrans))
def local():
    s = str.__dict__['maketrans']
    return sys.getrefcount(s), sys.getrefcount(s.__func__)
print(local())
