# str() and repr() of OSError with and without file names
print(str(OSError(5, 'gone')))
print(str(OSError(5, 'gone', 'f.txt')))
print(str(OSError(5, 'gone', 'a', None, 'b')))
print(str(OSError('plain')))
print(str(OSError(5)))
print(str(OSError()))
print(str(OSError(1, 2, 3, 4, 5, 6)))
print(repr(OSError(5, 'gone', 'f.txt')))
e = OSError(5, 'gone')
e.filename = 'set later'
print(str(e))
e.strerror = None
print(str(e))
print(str(ConnectionResetError('peer', 'went away')))
