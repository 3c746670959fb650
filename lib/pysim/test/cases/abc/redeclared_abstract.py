# A subclass that declares an inherited abstract method abstract again: compute_abstract_methods
# finds the name in the class body and among the base's __abstractmethods__, and the frozenset
# keeps it once; the class stays abstract until a subclass implements it.
import abc, gc

class A(abc.ABC):
    @abc.abstractmethod
    def speak_loudly(self): ...
    @abc.abstractmethod
    def walk(self): ...

class B(A):
    @abc.abstractmethod
    def speak_loudly(self): ...
    def walk(self):
        return "walking"

class C(B):
    @abc.abstractmethod
    def speak_loudly(self): ...

class D(C):
    def speak_loudly(self):
        return "HELLO"

for cls in (A, B, C, D):
    try:
        print(cls.__name__, sorted(cls.__abstractmethods__), type(cls()).__name__)
    except TypeError as e:
        print(cls.__name__, sorted(cls.__abstractmethods__), e)
print(D().speak_loudly(), D().walk(), len(C.__abstractmethods__))
del A, B, C, D
print(gc.collect() >= 0)
