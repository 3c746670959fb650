# sys.getrefcount of objects held by a suspended generator frame.
import sys

def keep(obj):
    local = obj
    yield 1
    yield 2

x = []
print(sys.getrefcount(x))
g = keep(x)
print(sys.getrefcount(x))
next(g)
print(sys.getrefcount(x))
next(g)
print(sys.getrefcount(x))
del g
print(sys.getrefcount(x))

def produce():
    item = object()
    yield item
    print('inside', sys.getrefcount(item))
    yield None

p = produce()
got = next(p)
print(sys.getrefcount(got))
next(p)
print(sys.getrefcount(got))
del p
print(sys.getrefcount(got))

def receive():
    v = yield
    print('received count', sys.getrefcount(v))
    yield

r = receive()
next(r)
obj = object()
r.send(obj)
print(sys.getrefcount(obj))
r.close()
print(sys.getrefcount(obj))

def fn():
    yield
print(sys.getrefcount(fn))
gens = [fn() for i in range(3)]
print(sys.getrefcount(fn))
del gens
print(sys.getrefcount(fn))
