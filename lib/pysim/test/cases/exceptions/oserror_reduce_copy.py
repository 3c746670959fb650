# OSError.__reduce__ puts the file names back into the arguments, so copies keep them
import copy
e = OSError(2, 'gone', 'f.txt')
print(e.__reduce__())
print(OSError(2, 'gone', 'a', None, 'b').__reduce__())
c = copy.copy(e)
print(type(c).__name__, c.args, c.filename, str(c))
d = copy.deepcopy(OSError(2, 'gone', 'a', None, 'b'))
print(d.filename, d.filename2, str(d))
