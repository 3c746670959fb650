# type.mro() returns a new list of the MRO; type.__subclasses__() lists the live direct
# subclasses in creation order (weak references: a collected subclass disappears).
import gc, sys
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.mro())
print(D.mro() == list(D.__mro__), D.mro() is D.mro(), type(D.mro()).__name__)
print(type.mro(B))
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
class E(A): pass
print([c.__name__ for c in A.__subclasses__()])
del E
gc.collect()
print([c.__name__ for c in A.__subclasses__()])
subs = A.__subclasses__()
print(sys.getrefcount(B), sys.getrefcount(subs))
del subs
print(sys.getrefcount(B))
print(object.mro())
