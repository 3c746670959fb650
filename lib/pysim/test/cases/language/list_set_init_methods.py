# list.__init__ and set.__init__ refill the object (list_init / set_init); a subclass's own
# __init__ decides when it is filled; tuple() and frozenset() take at most one argument;
# list.sort's reverse is an int on 3.11
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

l = [1, 2]
t('list init again', lambda: l.__init__('abc'))
print(l)
t('list init empty', lambda: l.__init__())
print(l)
t('list init int', lambda: l.__init__(1))
t('list init two', lambda: l.__init__([1], [2]))
t('list init kw', lambda: l.__init__(x=1))
s = {1, 2}
t('set init again', lambda: s.__init__('a'))
print(s)
t('set init two', lambda: s.__init__([1], [2]))
t('set init kw', lambda: s.__init__(x=1))
t('tuple two', lambda: tuple([1], [2]))
t('frozenset two', lambda: frozenset([1], [2]))
class L(list):
    def __init__(self, *a):
        print('L.__init__ sees', len(self))
        super().__init__(*a)
        print('L.__init__ made', list(self))
t('list subclass init', lambda: L('ab'))
class S(set):
    def __init__(self, *a):
        print('S.__init__ sees', len(self))
        super().__init__(*a)
t('set subclass init', lambda: sorted(S('ab')))
class N(list):
    def __init__(self, x):
        print('N.__init__ keeps it empty', x)
t('list subclass no super', lambda: N([1, 2]))
t('sort reverse None', lambda: [3, 1].sort(reverse=None))
t('sort reverse str', lambda: [3, 1].sort(reverse='x'))
t('sort reverse 2', lambda: (lambda x: (x.sort(reverse=2), x))([1, 3, 2]))
t('reversed arg', lambda: [1].__reversed__(1))
