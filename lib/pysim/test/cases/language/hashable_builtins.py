# functions, methods, builtins, code objects and exceptions hash by identity; the mutable containers do not hash
import sys, weakref, gc
def f(): pass
class C:
    def m(self): pass
def g():
    yield 1
objs = {'len': len, 'func': f, 'method': C().m, 'range': range(3), 'module': sys, 'iter': iter([]), 'type': int, 'none': None,
        'ellipsis': ..., 'ni': NotImplemented, 'complex': 1j, 'bytes': b'x', 'frozenset': frozenset(), 'gen': g(),
        'cell': f.__code__, 'prop': property(), 'sm': staticmethod(f), 'slice': slice(1), 'wr': weakref.ref(C),
        'list': [], 'dict': {}, 'set': set(), 'bytearray': bytearray(), 'obj': object(), 'exc': ValueError(), 'mdesc': list.append,
        'dictkeys': {}.keys(), 'super': None, 'float': 1.5, 'str': 's', 'tuple': (1,), 'bool': True, 'cm': classmethod(f)}
out = []
for k, v in objs.items():
    try:
        hash(v)
        d = {v: 1}
        out.append(k + ":ok")
    except TypeError as e:
        out.append(k + ":" + str(e))
print(out)
memo = {f: 'f', len: 'len', ValueError: 'VE'}
print(memo[f], memo[len], f in {f}, len in {print, len})
try:
    {}[[1]] = 2
except TypeError as e:
    print(e)
try:
    s = {[1]}
except TypeError as e:
    print(e)
try:
    print([1] in {1: 2})
except TypeError as e:
    print(e)
