# Objects with __index__ stand in for ints in bin/hex/oct, sequence repetition, subscripts and
# slices of list/tuple/str/bytes, item assignment and deletion, and range(); the TypeErrors of
# objects without it, and of an __index__ that returns a non-int.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class N:
    pass


def t(f):
    try:
        print(repr(f()))
    except (TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)


i = I(3)
t(lambda: (bin(i), hex(i), oct(I(-8)), hex(True)))
t(lambda: ([0] * i, i * [0], (1,) * i, 'ab' * i, i * 'ab', b'x' * i))
t(lambda: ([1, 2, 3, 4][i], (1, 2, 3, 4)[I(-1)], 'abcd'[i], b'abcd'[i]))
t(lambda: ([1, 2, 3, 4, 5][I(1):i], 'abcdef'[:i], (1, 2, 3, 4, 5)[::I(2)]))
t(lambda: (range(i), list(range(I(1), i)), range(10)[i], range(10)[I(2):i]))
t(lambda: bin(N()))
t(lambda: hex(1.5))
t(lambda: [0] * N())
t(lambda: N() * 'a')
t(lambda: [1, 2][N()])
t(lambda: (1, 2)[N()])
t(lambda: 'ab'[N()])
t(lambda: b'ab'[N()])
t(lambda: [1, 2][N():])
t(lambda: range(N()))
t(lambda: range(1, 1.5))
t(lambda: [1, 2][I('x')])
t(lambda: [1, 2][10 ** 20])
t(lambda: 'ab'[I(-10 ** 20)])
t(lambda: [1, 2][I(5)])
l = [1, 2, 3, 4]
l[I(0)] = 9
del l[I(-1)]
l[I(0):I(1)] = [7, 7]
l *= I(2)
print(l)
t(lambda: l.__setitem__(N(), 0))
