def a():
    b()
def b():
    raise LookupError('deep')
a()
