# Argument binding errors (initialize_locals): keyword errors (unexpected, multiple values) come
# before "takes N positional arguments"; the arguments already bound and those not yet bound are
# each released once, so the counts after every failed call are unchanged.
import sys
def f(x): pass
def g(p, q): pass
def h(a, *, k): pass
def v(a, *rest, k=0): pass
def w(a, **kw): pass
a = []
b = []
tests = [
    lambda: f(x=a, y=b), lambda: f(a, b, c=b), lambda: g(a, b, q=a), lambda: g(a, b, a, q=b, z=1),
    lambda: h(a, b, k=b), lambda: h(a, b), lambda: h(a, k=b, j=a), lambda: v(a, b, k=a, z=b),
    lambda: w(a, b), lambda: w(a, a=b), lambda: f(a, x=b), lambda: f(a, b, x=b), lambda: g(a, b, a, a),
]
for t in tests:
    try:
        t()
        print('ok')
    except TypeError as e:
        print(e)
    print(sys.getrefcount(a), sys.getrefcount(b))
