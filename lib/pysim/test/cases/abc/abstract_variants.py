# What counts as abstract: properties, classmethods and staticmethods wrapping an abstract
# function, the deprecated abstractproperty/abstractclassmethod, a subclass that overrides only
# some of them, __abstractmethods__ set and deleted by hand, and abc.update_abstractmethods.
import abc

class Base(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
    @abc.abstractproperty
    def old(self): ...

print(sorted(Base.__abstractmethods__))
print(Base.name.__isabstractmethod__, Base.__dict__['make'].__isabstractmethod__, Base.__dict__['helper'].__isabstractmethod__)

class Half(Base):
    name = "half"
    @classmethod
    def make(cls):
        return cls()
try:
    Half.make()
except TypeError as e:
    print(e)

class Whole(Half):
    helper = staticmethod(lambda: 1)
    old = 2
w = Whole.make()
print(type(w).__name__, w.name, w.helper(), w.old, Whole.__abstractmethods__)

class Plain:
    def go(self): ...
Plain.__abstractmethods__ = frozenset({'go'})
try:
    Plain()
except TypeError as e:
    print(e)
del Plain.__abstractmethods__
print(type(Plain()).__name__)
try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print("TypeError:", e)
try:
    type.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)

class Late(abc.ABC):
    pass
Late.run = abc.abstractmethod(lambda self: None)
print(Late.__abstractmethods__, type(Late()).__name__)
print(abc.update_abstractmethods(Late) is Late, sorted(Late.__abstractmethods__))
try:
    Late()
except TypeError as e:
    print(e)
print(abc.update_abstractmethods(int) is int)

class Meta(abc.ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def f(self): ...
print(type(WithMeta).__name__, sorted(WithMeta.__abstractmethods__))
try:
    WithMeta()
except TypeError as e:
    print(e)
