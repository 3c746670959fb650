# Checks calls with *args / **kwargs (CALL_FUNCTION_EX): the positional tuple and keyword dict the
# call builds, which 3.11 keeps (with a copy of the arguments when there are keywords) until the
# callee returns and 3.12+ release before a function's body runs; gc counts of the objects built.
import sys, gc
def take(a, b=None):
    return sys.getrefcount(a)
x = object()
print(take(x), take(*[x]), take(**{'a': x}), take(x, **{'b': 1}), take(*[x], b=2))
args = (x, 1)
print(take(*args), take(*args[:1], **{'b': 3}))
class Box:
    def put(self, *items, **opts):
        return sys.getrefcount(items[0]) if items else sys.getrefcount(opts['v'])
box = Box()
print(box.put(*[x]), box.put(**{'v': x}), box.put(x))
def collect(*rest, **kw):
    return rest, sorted(kw)
print(collect(1, *[2, 3], 4, *(5,), **{'k': 1}, z=2))
def same(*a):
    return a is args
print(same(*args), sys.getrefcount(x))
try:
    take(*5)
except TypeError as e:
    print(e)
try:
    take(x, **{'a': 1})
except TypeError as e:
    print(e)
try:
    take(a=1, **{'a': 2})
except TypeError as e:
    print(e)
gc.collect()
c0 = gc.get_count()
take(*[1, 2])
c1 = gc.get_count()
take(**{'a': 1})
c2 = gc.get_count()
print(c0, c1, c2)
print(sys.getrefcount(x))
