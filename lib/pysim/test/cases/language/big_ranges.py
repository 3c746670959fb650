# Ranges past Py_ssize_t: range(10**20) indexes, slices, iterates and tests membership with ints
# of any size, and only len() fails (OverflowError); start/stop/step, index/count, hash, equality.
def t(f):
    try:
        print(repr(f()))
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

r = range(10**20)
t(lambda: r)
t(lambda: len(r))
t(lambda: r.__len__())
t(lambda: (r[5], r[-1], r[10**19]))
t(lambda: r[10**20])
t(lambda: r[-10**20 - 1])
t(lambda: (10**19 in r, 10**20 in r, -1 in r, True in r, 2.0 in r))
t(lambda: range(0, 10**20, 10**19)[3])
t(lambda: list(range(0, 10**20, 10**19)))
t(lambda: r[::-1])
t(lambda: r[-5:][2])
t(lambda: list(r[10**19:10**19 + 3]))
t(lambda: list(reversed(range(10**20, 10**20 + 3))))
t(lambda: list(range(2**64, 2**64 + 3)))
t(lambda: (r.start, r.stop, r.step))
t(lambda: (r.index(10**19), r.count(5), r.count(10**20)))
t(lambda: r.index(10**20))
t(lambda: bool(r) and not range(10**20, 0))
t(lambda: (r == range(0, 10**20, 1), range(1, 2, 3) == range(1, 2, 7)))
t(lambda: hash(range(1, 10**20, 2)) == hash((10**20 // 2, 1, 2)))
t(lambda: 5 in range(10**20, 0, -1))
t(lambda: range(10**20, 0, -3)[10**19])
t(lambda: r["x"])
t(lambda: range(1, 2, 0))
t(lambda: list(r))
