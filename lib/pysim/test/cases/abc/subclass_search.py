# issubclass through an ABC's subclasses (step 6 of _abc_subclasscheck): each subclass is asked in
# turn and released, the first match is cached; reference counts of the subclasses after the search.
import abc, sys
class A(abc.ABC): pass
class B(A): pass
class C(A): pass
class D(A): pass
class X: pass
B.register(X)
print(sys.getrefcount(B), sys.getrefcount(C), sys.getrefcount(D))
print(issubclass(X, A))
print(sys.getrefcount(B), sys.getrefcount(C), sys.getrefcount(D))
print(issubclass(int, A), issubclass(X, A), sys.getrefcount(C))
