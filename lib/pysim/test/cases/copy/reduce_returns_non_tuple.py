# copy.copy calls _reconstruct(x, None, *rv): when __reduce_ex__ returns something that is
# neither a str nor an iterable, the error is LIST_EXTEND's "Value after * ..." (positional
# arguments come before the star), not the "f() argument after *" of a lone *args.
import copy


class Odd:
    def __init__(self, rv):
        self.rv = rv

    def __reduce_ex__(self, proto):
        return self.rv


def f(*args):
    return args


for rv in (42, None):
    try:
        copy.copy(Odd(rv))
    except TypeError as e:
        print('copy:', e)
    try:
        f(rv)
        f(1, *rv)
    except TypeError as e:
        print('f(1, *x):', e)
    try:
        f(*rv)
    except TypeError as e:
        print('f(*x):', e)
print(copy.copy(Odd('Odd')) is not None)
copy.deepcopy([Odd(7)])
