# A class's annotations: SETUP_ANNOTATIONS makes __annotations__ in the namespace and each
# annotated name stores into it (3.11-3.13); 3.14 (PEP 649) stores an __annotate__ function as
# __annotate_func__ and C.__annotations__ calls it once, caching the dict
import sys

class C:
    """doc"""
    a = 1
    b: str
    c: 'q' = 2
    if True:
        d: list = [3]
    def m(self):
        self.k: int = 1

print([k for k in C.__dict__ if 'annot' in k])
print(C.__annotations__, C.c, C.d, 'b' in C.__dict__)
print([k for k in C.__dict__ if 'annot' in k])
print(C.__annotations__ is C.__annotations__, sys.getrefcount(C.__annotations__))

class D:
    pass

print(D.__annotations__, [k for k in D.__dict__ if 'annot' in k])

class E(C):
    e: int

print(E.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print('AttributeError:', e)
