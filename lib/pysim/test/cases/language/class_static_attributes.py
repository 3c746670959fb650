# 3.13+: __static_attributes__ collects self.<name> stores of the class body, __firstlineno__ the first line
class A:
    def __init__(self):
        self.b = 1
        self.a = 2
        x = self.c
        del self.d
        self.e += 1
        other = self
        other.f = 3
        def inner():
            self.g = 4
        class Inner:
            def m(self):
                self.h = 5
    def m2(this):
        this.i = 1
        self.j = 2
    k = 1
    @staticmethod
    def s(self):
        self.l = 1
    lam = lambda self: setattr(self, 'z', 1)
print(getattr(A, "__static_attributes__", None), getattr(A, "__firstlineno__", None), A.Inner.__static_attributes__ if hasattr(A, 'Inner') else None)
@staticmethod
def deco(c): return c
@deco
class B:
    pass
print(getattr(B, "__firstlineno__", None), getattr(B, "__static_attributes__", None), list(vars(B)))
class C:
    """doc"""
print(list(vars(C)))
