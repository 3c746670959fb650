# What close() and throw() do to the references a generator frame holds.
import sys

def gen(x):
    yield x

a = []
g = gen(a)
print(sys.getrefcount(a))
g.close()
print('after closing an unstarted generator', sys.getrefcount(a))
print(list(g))
del g
print('after deleting it', sys.getrefcount(a))

def gen2(x):
    try:
        yield x
    finally:
        print('finally runs')
g = gen2(a)
next(g)
print(sys.getrefcount(a))
print(g.close(), sys.getrefcount(a))

def gen3():
    try:
        yield 1
    except GeneratorExit:
        return 'returned after GeneratorExit'
g = gen3()
next(g)
print(g.close())

g = gen(a)
try:
    g.throw(ValueError)
except ValueError:
    print('the traceback keeps the frame', sys.getrefcount(a))
print('after the handler', sys.getrefcount(a))
