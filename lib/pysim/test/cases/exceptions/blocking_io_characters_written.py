# BlockingIOError's third argument is characters_written, not a file name
e = BlockingIOError(11, 'busy', 12)
print(e.args, e.filename, e.characters_written, str(e))
e.characters_written = 3
print(e.characters_written)
del e.characters_written
try:
    e.characters_written
except AttributeError as x:
    print('AttributeError:', x)
try:
    del e.characters_written
except AttributeError as x:
    print('AttributeError:', x)
f = BlockingIOError(11, 'busy', 'name.txt')
print(f.args, f.filename, str(f))
try:
    OSError(1, 'x').characters_written
except AttributeError as x:
    print('AttributeError:', x)
