# print(flush=True) calls the file's flush(); reversed() of a __getitem__-only class needs a
# length (PySequence_Size); `__iter__ = None` makes a class not iterable (slot_tp_iter)
def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


w = W()
print(1, 2, sep='|', end='#', file=w, flush=True)
print('no flush', file=w, flush=False)
print('flush 1', file=w, flush=1)
print(w.parts)


class NoFlush:
    def write(self, s):
        pass


t('no flush method', lambda: print('x', file=NoFlush(), flush=True))
t('flush not asked', lambda: print('x', file=NoFlush()))


class OldSeq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


class LenSeq(OldSeq):
    def __len__(self):
        return 3


t('iter old sequence', lambda: list(iter(OldSeq())))
t('reversed without len', lambda: list(reversed(OldSeq())))
t('reversed with len', lambda: list(reversed(LenSeq())))
t('in old sequence', lambda: 10 in OldSeq())


class NoIter:
    __iter__ = None


class NoRev(LenSeq):
    __reversed__ = None


t('iter None', lambda: iter(NoIter()))
t('for None', lambda: [x for x in NoIter()])
t('reversed None', lambda: reversed(NoRev()))
