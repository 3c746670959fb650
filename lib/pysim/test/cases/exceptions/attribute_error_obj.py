# A failed attribute lookup's AttributeError keeps the name and a reference to
# the object (e.obj) while the exception lives; NameError keeps the name.
import sys
class A:
    pass
a = A()
print(sys.getrefcount(a))
try:
    a.missing
except AttributeError as e:
    print(sys.getrefcount(a), e.name, e.obj is a)
print(sys.getrefcount(a))
try:
    a.missing
except AttributeError as e:
    err = e
print(sys.getrefcount(a))
del err
print(sys.getrefcount(a))
try:
    undefined_thing
except NameError as e:
    print(e.name)
print(AttributeError("x").name, AttributeError("x").obj, NameError("y").name)
