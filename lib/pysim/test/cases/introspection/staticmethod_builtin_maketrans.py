# METH_STATIC methods of builtin types are staticmethod objects over a builtin function bound to the type
def masked(o):
    r = repr(o)
    i = r.find(' at 0x')
    return r if i < 0 else r[:i] + ' at 0x?' + r[r.find('>', i):]

def attempt(label, f):
    try:
        print(label, masked(f()))
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)

for t in (str, bytes, bytearray):
    s = t.__dict__['maketrans']
    f = s.__func__
    print(type(s).__name__, masked(s), type(f).__name__, masked(f), s.__wrapped__ is f)
    print(' ', f.__self__, f.__name__, f.__qualname__, f.__module__, f.__reduce__())
    print(' ', t.maketrans is f, t().maketrans is f, s.__get__(None, t) is f, s.__get__(1) is f, s.__isabstractmethod__)
    print(' ', s.__dict__, callable(s))
    attempt('  name', lambda: s.__name__)
    attempt('  kw', lambda: t.maketrans(x=1))
    attempt('  one', lambda: t.maketrans(1))
    attempt('  none', lambda: t.maketrans())
print(str.maketrans('ab', 'cd'), str.__dict__['maketrans']('a', 'b', 'c'))
print(bytes.maketrans(b'a', b'b')[97:99], bytes.__dict__['maketrans'](b'a', b'c')[97])
print(bytearray.maketrans(b'ab', bytearray(b'xy'))[97:99])
class S(str):
    pass
class B(bytes):
    pass
print(S.maketrans is str.maketrans, S('x').maketrans is str.maketrans, B.maketrans is bytes.maketrans)
print(super(S, S('x')).maketrans is str.maketrans, super(B, B).maketrans is bytes.maketrans)
print(sorted(set(dir(bytes.__dict__['maketrans'])) - set(dir(object))))
print(sorted(set(dir(bytes.maketrans)) - set(dir(object))))
import gc
print(gc.is_tracked(bytes.__dict__['maketrans']), gc.is_tracked(bytes.maketrans))
