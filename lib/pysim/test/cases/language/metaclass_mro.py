# A metaclass other than type has its mro() called when a class is made (mro_invoke): an
# override may reorder the MRO, whose items mro_check vets; an exception leaves no class.
import gc
gc.collect()
class M(type):
    def mro(cls):
        return [cls, 3]
try:
    class A(metaclass=M): pass
except TypeError as e:
    print(e)
class L(type):
    def mro(cls):
        return [cls, int, object]
try:
    class B(list, metaclass=L): pass
except TypeError as e:
    print(e)
class R(type):
    def mro(cls):
        return reversed(super().mro()) if cls.__name__ == "C" else super().mro()
class Base:
    x = "base"
class C(Base, metaclass=R):
    x = "c"
print(C.__mro__, C.x, C().x)
class N(type):
    def mro(cls):
        raise ValueError("no mro")
try:
    class D(metaclass=N): pass
except ValueError as e:
    print(e)
print(gc.collect())
