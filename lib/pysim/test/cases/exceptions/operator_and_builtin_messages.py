# Messages of common mistakes with operators and builtins, weak references to sets, and
# the name a weakref repr shows: each as the version prints it.
import weakref
class C:
    pass
def f():
    pass
s = {1, 2}
fs = frozenset({3})
r = weakref.ref(s)
print(r() is s, weakref.getweakrefcount(s), weakref.ref(fs)() is fs)
for expr in ['[1] * 2.0', '"a" * 2.0', '"a" * "b"', '[1] * [2]', '(1,) * 1.5', '2.0 * [1]',
             '"{name}".format()', '"%(a)s" % {}', 'pow(2, -1, 7)', 'pow(3, -2, 11)', 'pow(2, -1, 4)',
             'divmod(1.0, 0)', '1.5 % 0', '1.5 // 0', 'max([])', 'min([])', 'hash("")', '"s" + 5', '[1] + (2,)', '(1,) + [2]']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
l = [1, 2, 3]
for code in ['l[0:1] = 5', 'l[::2] = 5', 'l[0:1] = None']:
    try:
        exec(code)
    except Exception as e:
        print(code, '->', type(e).__name__, e)
class V:
    def __radd__(self, o):
        return NotImplemented
try:
    "s" + V()
except TypeError as e:
    print(e)
print(repr(weakref.ref(C)).split(';')[1].split(' at ')[0], repr(weakref.ref(C)).endswith('(C)>'), repr(weakref.ref(f)).endswith('(f)>'))
