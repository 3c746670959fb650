# OSError keeps real references to errno, strerror and the file names
import sys
name = ''.join(['report', '.txt'])
msg = ''.join(['no such', ' file'])
print(sys.getrefcount(name), sys.getrefcount(msg))
e = OSError(5, msg, name)
print(sys.getrefcount(name), sys.getrefcount(msg))
e2 = OSError(5, msg, name, None, name)
print(sys.getrefcount(name), sys.getrefcount(msg))
e.filename = None
print(sys.getrefcount(name))
del e2
print(sys.getrefcount(name), sys.getrefcount(msg))
e.strerror = 'other'
print(sys.getrefcount(msg))
del e
print(sys.getrefcount(name), sys.getrefcount(msg))
