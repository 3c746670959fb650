# type_new calls __set_name__(owner, name) on each attribute of the namespace that has one, in
# namespace order, then the base's __init_subclass__ (an implicit classmethod) with the class
# keyword arguments; object.__init_subclass__ rejects keywords. Metaclasses get the keywords too.
import sys
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Base:
    registry = []
    def __init_subclass__(cls, flag=0, **kw):
        print("init_subclass", cls.__name__, flag, kw)
        super().__init_subclass__(**kw)
        cls.flag = flag
        Base.registry.append(cls.__name__)
    x = Field()
class A(Base, flag=1):
    y = Field()
    z = Field()
class B(Base): pass
print(A.flag, B.flag, Base.registry, A.y.name, A.z.name)
print(type(Base.__dict__['__init_subclass__']).__name__)
try:
    class C(Base, bogus=2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(other=3): pass
except TypeError as e:
    print("TypeError:", e)
print(Base.registry)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class G(metaclass=M):
    def __init_subclass__(cls, **kw):
        print("G sub", cls.__name__, kw)
class P: pass
class H(P, G, k=2): pass
print(type(H).__name__, sys.getrefcount(M))
options = {'flag': 5}
class K(Base, **options): pass
print(K.flag, object.__init_subclass__())
