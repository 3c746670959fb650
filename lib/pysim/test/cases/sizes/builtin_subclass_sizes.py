# sys.getsizeof of instances of classes derived from builtins: the builtin's own size plus what
# the class adds (the gc header for non-gc bases, the __dict__/__weakref__ pointers: in front of
# the object on 3.12+, 3.11 puts a weakref or dict slot after the base's fields).
import sys

class L(list): pass
class D(dict): pass
class S(set): pass
class Fz(frozenset): pass
class T(tuple): pass
class St(str): pass
class I(int): pass
class F(float): pass
class C(complex): pass
class B(bytes): pass
class E(Exception): pass
class V(ValueError): pass

samples = [L(), L([1, 2, 3]), D(), D(a=1), S(), S(range(10)), Fz(), T(), T((1, 2)), St(), St("abc"),
           St("é"), St("€uro"), I(), I(5), I(2**40), I(-7), F(), F(2.5), C(), C(1, 2), B(), B(b"ab"),
           E(), E("x"), V("y")]
for v in samples:
    print(type(v).__name__, sys.getsizeof(v), v.__sizeof__())

class Deeper(L): pass
print("Deeper", sys.getsizeof(Deeper()), sys.getsizeof(Deeper([0] * 4)))

class Plain: pass
class Slotted:
    __slots__ = ('a', 'b')
class SlottedWeak:
    __slots__ = ('a', '__weakref__')
class SlottedDict:
    __slots__ = ('a', '__dict__')
print("Plain", sys.getsizeof(Plain()), "Slotted", sys.getsizeof(Slotted()))
print("SlottedWeak", sys.getsizeof(SlottedWeak()), "SlottedDict", sys.getsizeof(SlottedDict()))
