# what type_new gives a class: its base's fields, its __slots__, and a __dict__ and __weakref__
# pointer where the base has none (3.11: after the fields; 3.12+: managed, before the object)
class A: pass
class B(A): pass
class S:
    __slots__ = ('x', 'y')
class Sub(S):
    __slots__ = ('z',)
class S0:
    __slots__ = ()
class SW:
    __slots__ = ('__weakref__',)
class SD:
    __slots__ = ('__dict__', 'a')
class I(int): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class E(Exception): pass
class Str(str): pass
class F(float): pass
class By(bytes): pass
class M(type): pass

for t in (A, B, S, Sub, S0, SW, SD, I, T, L, D, E, Str, F, By, M):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
