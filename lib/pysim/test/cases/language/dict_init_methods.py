# dict(): dict_new leaves the filling to dict_init (__init__), which takes at most one positional
# argument; dict_items' __contains__ looks the key up by hash
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

D = {'a': 1, 'b': 2}
t('dict two args', lambda: dict({}, {}))
t('dict three args', lambda: dict([], [], []))
t('dict kw and arg', lambda: dict([('a', 1)], b=2))
t('init two args', lambda: dict().__init__(1, 2))
d = {'x': 1}
t('init again', lambda: d.__init__({'y': 2}, z=3))
print(d)
t('init pairs', lambda: d.__init__([('w', 0)]))
print(d)
t('init bad', lambda: d.__init__(5))
def g():
    print('gen runs')
    yield (1, 2)
t('dict gen', lambda: dict(g()))
class K:
    def keys(self):
        print('keys called')
        return ['a']
    def __getitem__(self, k):
        return 1
t('dict mapping', lambda: dict(K(), b=2))
class D(dict):
    pass
t('subclass no init', lambda: D(K()))
class E(dict):
    def __init__(self, *a, **k):
        print('E.__init__ starts', len(self))
        super().__init__(*a, **k)
        print('E.__init__ ends', len(self))
t('subclass init', lambda: E(K(), z=1))
class F(dict):
    def __init__(self, *a):
        print('F.__init__ skips dict.__init__', a)
t('subclass no super', lambda: F([(1, 2)], [3]))
t('items contains', lambda: ('a', 1) in D.items())
t('items contains other value', lambda: ('a', 2) in D.items())
t('items contains unhashable', lambda: (['a'], 1) in D.items())
t('items contains short', lambda: ('a',) in D.items())
t('items contains list', lambda: ['a', 1] in D.items())
t('items __contains__', lambda: D.items().__contains__(({}, 1)))
