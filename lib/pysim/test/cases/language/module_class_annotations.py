# Annotated assignments in a module or class body store their annotations in the namespace's
# __annotations__ dict (SETUP_ANNOTATIONS makes it before the class body runs); 3.14 defers them
# to an __annotate__ function instead (PEP 649)
import sys

x: int = 1
y: 'later'
print(__annotations__, 'y' in globals())

class C:
    """doc"""
    a = 1
    b: str
    c: 'q' = 2
    if True:
        d: list = [3]
    def m(self):
        self.k: int = 1

print(list(C.__dict__)[:4])
print(C.__annotations__, C.c, C.d)

class D:
    pass

print('__annotations__' in D.__dict__)
ann = C.__annotations__
print(sys.getrefcount(ann), ann['d'] is list)
