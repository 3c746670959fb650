# Errors while a generator is closed: close() propagates them; deallocation reports them as unraisable.
def bad():
    try:
        yield 1
    finally:
        raise ValueError('in finally')
g = bad()
next(g)
try:
    g.close()
except ValueError as e:
    print('close raised', e)
g = bad()
next(g)
del g
print('after del')
def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignore()
next(g)
del g
print('end')
