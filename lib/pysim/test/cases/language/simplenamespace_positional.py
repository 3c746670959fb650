# types.SimpleNamespace(mapping, **kw): 3.13+ take one mapping or iterable of pairs first (the
# keywords override it); 3.11/3.12 accept keywords only
import sys, types

def make(*args, **kw):
    try:
        return types.SimpleNamespace(*args, **kw)
    except TypeError as e:
        return 'TypeError: ' + str(e)

print(make({'a': 1, 'b': 2}))
print(make({'a': 1}, b=2, a=3))
print(make([('x', 1), ('y', 2)]))
print(make({'a': 1}, {'b': 2}))
print(make({1: 2}))
print(make(5))
print(make(a=1))

class NS(types.SimpleNamespace):
    pass

try:
    print(NS({'q': 1}))
    NS({}, {})
except TypeError as e:
    print('TypeError:', e)

v = [1]
d = {'k': v}
ns = make(d)
print(sys.getrefcount(v), sys.getrefcount(d))
