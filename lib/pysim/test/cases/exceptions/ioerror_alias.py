# IOError and EnvironmentError are OSError itself; the attributes are member descriptors
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(IOError, OSError), IOError.__name__)
try:
    raise IOError(2, 'gone')
except EnvironmentError as e:
    print(type(e).__name__, e)
print(OSError.errno)
print(OSError.filename2)
print(type(OSError.characters_written).__name__)
print([n for n in ('errno', 'strerror', 'filename', 'filename2', 'characters_written') if n in OSError.__dict__])
print('errno' in FileNotFoundError.__dict__)
