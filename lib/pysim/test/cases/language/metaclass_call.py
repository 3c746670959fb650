# A metaclass's __call__ takes the call of its classes (singleton and counting metaclasses); super().__call__ / type.__call__ build the instance.
import sys
class Singleton(type):
    _inst = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*args, **kwargs)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, name="x"):
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, a.name, sys.getrefcount(a))
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return type.__call__(cls, *a, **k)
class P(metaclass=Counted):
    pass
class Q(P):
    def __init__(self, v):
        self.v = v
P(); Q(3); q = Q(v=4)
print(Counted.count, q.v, type(Q).__name__)
print(callable(P), type(P).__call__ is Counted.__call__)
