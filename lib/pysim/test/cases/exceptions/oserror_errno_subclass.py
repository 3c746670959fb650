# OSError(errno, strerror) called on OSError itself returns the subclass the platform's errno maps to
mapped = []
for n in range(200):
    t = type(OSError(n, 'msg'))
    if t is not OSError:
        mapped.append((n, t.__name__))
print(len(mapped))
for n, name in mapped:
    print(n, name)
# a subclass is never remapped, nor is a non-int errno or a single argument
print(type(FileNotFoundError(13, 'x')).__name__)
print(type(OSError('2', 'x')).__name__, type(OSError(2)).__name__)
print(type(OSError(2.0, 'x')).__name__)
