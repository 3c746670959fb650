# ABCMeta.register: virtual subclasses, isinstance/issubclass through __instancecheck__ and
# __subclasscheck__, the caches they fill (weak references: weakref.getweakrefcount of the class
# counts them), get_cache_token and __subclasshook__.
import abc, sys, weakref, gc

class Drawable(abc.ABC):
    @abc.abstractmethod
    def draw(self): ...

class Sprite:
    def draw(self):
        return "sprite"

print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable))
token = abc.get_cache_token()
print(Drawable.register(Sprite) is Sprite, abc.get_cache_token() == token, abc.get_cache_token() - token)
print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable), Drawable in Sprite.__mro__)
print(weakref.getweakrefcount(Sprite), sys.getrefcount(Sprite))

@Drawable.register
class Text:
    pass
print(Text.__name__, isinstance(Text(), Drawable), issubclass(bool, Drawable))
class SubText(Text):
    pass
print(issubclass(SubText, Drawable), weakref.getweakrefcount(SubText))

try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Text.register
except AttributeError as e:
    print("AttributeError:", e)
class Base(abc.ABC):
    pass
class Derived(Base):
    pass
try:
    Derived.register(Base)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Base.register(Derived) is Derived)

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized), isinstance(3.0, Sized))
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)
try:
    issubclass(3, Drawable)
except TypeError as e:
    print("TypeError:", e)

# a class that dies leaves the caches (each weakref's callback drops it from its set)
class Temp:
    def draw(self): pass
Drawable.register(Temp)
print(isinstance(Temp(), Drawable), weakref.getweakrefcount(Temp))
r = weakref.ref(Temp)
del Temp
gc.collect()
print(r())
