"""Module docstring: stored as __doc__ by the module body."""
import sys
n = sys.getrefcount(__doc__)
print(__doc__)
print(n)
class N:
    """Class doc.

    More lines, indented.
    """
    x = 1
print(repr(N.__doc__), list(vars(N)))
def f():
    """First line.

        indented more
    back
    """
    return 1
print(repr(f.__doc__))
class Q:
    x = 1
print(Q.__doc__, list(vars(Q)))
def g():
    return 1
print(g.__doc__)
