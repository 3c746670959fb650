# list, tuple and set methods: index's start/stop, in-place repetition, set keys looked up as frozensets
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

t('list index str start', lambda: [1, 2, 3].index(2, 'a'))
t('list index None start', lambda: [1, 2, 3].index(2, None))
t('list index None stop', lambda: [1, 2, 3].index(2, 0, None))
t('list index float', lambda: [1, 2, 3].index(2, 1.0))
t('list index big', lambda: [1, 2, 3].index(2, 0, 10**30))
t('list index neg', lambda: [1, 2, 3].index(2, -2))
t('tuple index str start', lambda: (1, 2, 3).index(2, 'a'))
t('tuple index None', lambda: (1, 2, 3).index(2, None))
t('tuple index ok', lambda: (1, 2, 1).index(1, 1))
t('list imul str', lambda: [1, 2].__imul__('a'))
t('list imul float', lambda: [1, 2].__imul__(2.0))
t('list imul ok', lambda: [1, 2].__imul__(2))
t('list iadd int', lambda: [1, 2].__iadd__(3))
s = {1, 2, frozenset([1]), frozenset()}
t('set contains set', lambda: {1} in s)
t('set contains set missing', lambda: {3} in s)
t('set contains empty set', lambda: set() in s)
t('set __contains__ set', lambda: s.__contains__({1}))
t('frozenset contains set', lambda: {1} in frozenset(s))
t('set contains list', lambda: [] in s)
t('set contains dict', lambda: {} in s)
t('set discard set', lambda: (s.copy().discard({1}), 'ok'))
c = set(s)
c.discard({1})
t('after discard', lambda: sorted(map(len, c)))
c.remove(set())
t('after remove', lambda: sorted(map(len, c)))
t('set remove missing set', lambda: set(s).remove({9}))
t('set remove list', lambda: set(s).remove([]))
t('set discard list', lambda: set(s).discard([]))
class S(set):
    pass
t('set contains set subclass', lambda: S([1]) in s)
t('dict contains set', lambda: {1} in {})
