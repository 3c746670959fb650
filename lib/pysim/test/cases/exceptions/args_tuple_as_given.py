# Exception classes have no vectorcall: E(*t) hands tp_call the tuple t itself, and
# BaseException_new keeps it as `args` (so copy.copy, which calls cls(*args), shares it).
# A class called as C(*t) gets t as it is too (no argument tuple of its own), and a builtin
# type's __new__ (tp_new_wrapper, METH_VARARGS) packs its arguments into a tuple.
import copy, gc, sys

class C:
    def __init__(self, a, b):
        pass

class E2(Exception):
    pass

class N:
    def __new__(cls, *a):
        return object.__new__(cls)

x = [1]
t = (x, 2)
e = ValueError(*t)
print(e.args is t, sys.getrefcount(t))
c = copy.copy(e)
print(c.args is e.args, sys.getrefcount(t), sys.getrefcount(x))
e2 = E2(*t)
print(e2.args is t, KeyError(*t).args is t, OSError(*t).args is t)
print(ValueError(*[x, 2]).args is t, ValueError(x, 2).args is t)
try:
    raise ValueError(*t)
except ValueError as ex:
    print(ex.args is t, sys.getrefcount(t))
print(sys.getrefcount(t))

l = [1, 2]
gc.collect()
gc.disable()
for name, f in [('C(*t)', lambda: C(*t)), ('C(*l)', lambda: C(*l)), ('C(1, 2)', lambda: C(1, 2)),
                ('ValueError(*t)', lambda: ValueError(*t)), ('ValueError(1, 2)', lambda: ValueError(1, 2)),
                ('E2(*t)', lambda: E2(*t)), ('E2(1, 2)', lambda: E2(1, 2)), ('KeyError(*l)', lambda: KeyError(*l)),
                ('object.__new__(C)', lambda: object.__new__(C)), ('N(*t)', lambda: N(*t)), ('N(1, 2)', lambda: N(1, 2))]:
    gc.collect()
    before = gc.get_count()[0]
    r = f()
    print(name, gc.get_count()[0] - before)
    del r
gc.enable()
