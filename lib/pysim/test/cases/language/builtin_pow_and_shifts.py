# pow() with three arguments when not all are ints (ternary_op in Objects/abstract.c: int's slot
# declines, float's refuses a modulus, complex's says "complex modulo", a class's __pow__ gets
# all three), and shifts by huge counts (long_lshift / long_rshift)


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class P:
    def __pow__(self, o, m=None):
        return ('pow', o, m)

    def __rpow__(self, o, m=None):
        return ('rpow', o, m)


class Q:
    def __pow__(self, o, m=None):
        return NotImplemented


show('float base', lambda: pow(2.0, 3, 5))
show('float exp', lambda: pow(2, 3.0, 5))
show('float mod', lambda: pow(2, 3, 5.0))
show('str mod', lambda: pow(2, 3, 'a'))
show('str base', lambda: pow('a', 2, 5))
show('float exp str base', lambda: pow('a', 2.0, 5))
show('float base str exp', lambda: pow(2.0, 'a', 5))
show('complex base', lambda: pow(2j, 2, 5))
show('complex exp', lambda: pow(2, 2j, 5))
show('None mod', lambda: pow(2, 3, None))
show('bool', lambda: pow(True, 2, 3))
show('class base', lambda: pow(P(), 2, 5))
show('class exp', lambda: pow(2, P(), 5))
show('class mod', lambda: pow(2, 3, P()))
show('NotImplemented', lambda: pow(Q(), 2, 5))
show('two args class', lambda: pow(P(), 2))
show('two args rpow', lambda: pow(2, P()))
show('inverse', lambda: pow(2, -1, 5))
show('inverse 7', lambda: pow(3, -2, 7))
show('no inverse', lambda: pow(4, -1, 6))
show('negative mod', lambda: pow(3, 2, -4))
show('zero mod', lambda: pow(3, 2, 0))
show('mod 1', lambda: pow(2, -1, 1))
show('keywords', lambda: pow(base=2, exp=3, mod=5))
show('shift huge', lambda: 1 << 2 ** 70)
show('shift zero huge', lambda: 0 << 2 ** 70)
show('rshift huge', lambda: 5 >> 2 ** 70)
show('rshift huge negative', lambda: -5 >> 2 ** 70)
show('rshift 2**40', lambda: -1 >> 2 ** 40)
show('shift negative', lambda: 1 << -1)
show('shift 100', lambda: 1 << 100)
show('repeat 2**63', lambda: [1] * (2 ** 63))
show('repeat str 2**63', lambda: 'ab' * (2 ** 63))
show('repeat 2**63 - 1', lambda: (1,) * (2 ** 63 - 1))
