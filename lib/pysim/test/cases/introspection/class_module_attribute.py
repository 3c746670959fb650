# A class body or a later assignment can change __module__: repr(), instances and tracebacks follow it
class A:
    __module__ = "mymod"
print(A, A.__module__, repr(A()).split(" at ")[0])
class B:
    pass
B.__module__ = "other.place"
print(B, repr(B()).split(" at ")[0])
class E(Exception):
    __module__ = "errors"
class F(Exception):
    pass
F.__module__ = 42
try:
    raise F("odd module")
except F as e:
    print(type(e), repr(e))
import weakref
print(weakref.WeakSet, weakref.WeakValueDictionary)
raise E("boom")
