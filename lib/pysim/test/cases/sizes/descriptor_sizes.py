# sys.getsizeof of bound methods, property, staticmethod, classmethod, weakref.ref and super.
import sys
import weakref

class P:
    def m(self):
        return 1

    @property
    def p(self):
        return 2

    @staticmethod
    def s():
        return 3

    @classmethod
    def c(cls):
        return 4

class Q(P):
    def m(self):
        return sys.getsizeof(super())

p = P()
print("bound method", sys.getsizeof(p.m))
print("property", sys.getsizeof(P.__dict__["p"]))
print("staticmethod", sys.getsizeof(P.__dict__["s"]), "classmethod", sys.getsizeof(P.__dict__["c"]))
r = weakref.ref(p)
print("weakref", sys.getsizeof(r))
print("super", Q().m())
print("function", sys.getsizeof(P.m), "lambda", sys.getsizeof(lambda: 0))
