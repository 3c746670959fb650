# Calling a class derived from a builtin makes an instance of that class (not of the builtin),
# with and without arguments; reprs of set/frozenset subclasses name the class.
class I(int): pass
class B(bytes): pass
class F(float): pass
class C(complex): pass
class S(set): pass
class Fz(frozenset): pass
class R(str): pass

for make in (I, lambda: I(5), lambda: I("7"), lambda: I("ff", 16), B, lambda: B(b"a"), lambda: B([104, 105]),
             F, lambda: F(2), C, lambda: C(1, 2), S, lambda: S([1]), Fz, lambda: Fz([2]), R, lambda: R(3)):
    v = make()
    print(type(v).__name__, repr(v), v == type(v).__mro__[1](v))

x = I(3)
x.tag = "hi"
print(x + 1, type(x + 1).__name__, x.tag, vars(x))
print(isinstance(B(b"z"), bytes), B(b"z") == b"z", hash(F(1.5)) == hash(1.5))
