# OSError's errno, strerror, filename, filename2 and what stays in args
def show(e):
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)

show(OSError())
show(OSError('only a message'))
show(OSError(5, 'io'))
show(OSError(5, 'io', 'data.txt'))
show(OSError(5, 'io', 'a', None, 'b'))
show(OSError(5, 'io', None, None, 'b'))
show(OSError(1, 2, 3, 4, 5, 6))
show(PermissionError(5, 'denied', 'x.cfg'))
e = OSError(5, 'io')
e.errno = 7
e.filename = 'later.txt'
show(e)
del e.strerror
show(e)
