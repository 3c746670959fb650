# C.__dict__ and vars(C) are read-only mappingproxy views of the class namespace
import sys, gc
class C:
    x = 1
    def m(self): return 2
p = C.__dict__
print(type(p).__name__, sys.getsizeof(p), p is C.__dict__, p == C.__dict__, gc.is_tracked(p))
print(sys.getrefcount(p))
print(len(p) > 3, 'x' in p, p['x'], p.get('nope', 5), list(p.keys())[-1] if False else sorted(k for k in p if k[0] != '_'))
print(type(p.copy()).__name__, type(p.items()).__name__)
try:
    p['y'] = 2
except TypeError as e:
    print("TE", e)
try:
    del p['x']
except TypeError as e:
    print("TE", e)
try:
    p['zz']
except KeyError as e:
    print("KE", e)
print(repr(vars(C))[:30])
print(str(p)[:13], vars(C) is vars(C))
