# An inconsistent base order has no MRO; the error names the classes still
# to merge (3.11/3.12 break the message's line).
class A: pass
class B(A): pass
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
for bases in [(A, B), (P, Q)]:
    try:
        type("E", bases, {})
    except TypeError as e:
        print(repr(str(e)))
class O1: pass
class O2(O1): pass
try:
    class Bad(O1, O2): pass
except TypeError as e:
    print(e)
