# gc.get_referents of a function follows func_traverse: code, globals, builtins, module name,
# defaults, kwdefaults, doc, name, __dict__, closure, qualname (functions without annotations);
# bound methods, cells, instances and classes for comparison.
import gc

def desc(x):
    out = []
    for o in gc.get_referents(x):
        if o is globals():
            out.append('globals')
        elif type(o) is dict and 'len' in o and 'print' in o:
            out.append('builtins')
        elif type(o).__name__ in ('code', 'function', 'cell', 'C'):
            out.append(type(o).__name__)
        elif type(o) is tuple and o and type(o[0]).__name__ == 'cell':
            out.append('closure(%d)' % len(o))
        elif type(o) is dict:
            out.append('dict%r' % sorted(o)[:3])
        else:
            out.append(repr(o))
    return out

def f(a, b=1, *, c=2):
    "doc"
    return a
print('f', desc(f))
def g(): pass
print('g', desc(g))
def outer():
    x = 1
    def inner(): return x
    return inner
inner = outer()
print('inner', desc(inner))
print('lambda', desc(lambda: 0))
f.attr = 3
print('f+attr', desc(f))
print(f.__name__ is f.__code__.co_name, inner.__qualname__, inner.__module__)
class C:
    def m(self): pass
c = C()
c.a = 1
print('method', desc(c.m))
print('instance', desc(c))
print('cell', desc(inner.__closure__[0]))
