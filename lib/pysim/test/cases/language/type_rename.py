# Renaming a class: __name__ and __qualname__ assignments change its repr and messages, not its
# namespace; the errors for a non-str, a null character, deletion and a builtin type.
class C:
    pass
C.__name__ = "D"
print(C, C.__name__, C.__qualname__)
C.__qualname__ = "E.F"
print(C, C.__name__, C.__qualname__, repr(C()).split(" ")[0])
try:
    C.__name__ = 5
except TypeError as e:
    print(e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(e)
import sys
class K:
    pass
s = "Renamed"
before = sys.getrefcount(s)
K.__name__ = s
print(sys.getrefcount(s) - before, K.__name__ is s, "__name__" in K.__dict__)
try:
    del K.__name__
except TypeError as e:
    print(e)
try:
    K.__qualname__ = None
except TypeError as e:
    print(e)
try:
    K.__name__ = "a\0b"
except ValueError as e:
    print(e)
type.__dict__["__name__"].__set__(K, "ViaDescr")
print(K, K.__name__)
K.__name__ = "Other"
del s
print(repr(K()).split(" ")[0], K.__qualname__)
