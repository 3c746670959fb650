# The same attribute sites see classes change under them: every answer must follow the change.
import sys


class C:
    kind = "class attribute"

    def __init__(self):
        self.x = 1

    def m(self):
        return "method"


def get(o):
    return o.x


def call(o):
    return o.m()


def put(o, v):
    o.x = v


a, b = C(), C()
for _ in range(3):
    print(get(a), call(a), get(b))
b.m = lambda: "instance attribute"
print(call(a), call(b))
C.x = property(lambda self: "property")
print(get(a), get(b))
try:
    put(a, 5)
except AttributeError as e:
    print("AttributeError:", e)
del C.x
print(get(a), get(b))
C.m = lambda self: "replaced"
print(call(a), call(b))
del b.m
print(call(b))


class D(C):
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return "missing " + name


d = D()
put(d, 3)
print(get(d), get(a))
del a.x
print(get(d))
try:
    get(a)
except AttributeError as e:
    print("AttributeError:", e)
print(get(D.__new__(D)))


class S:
    __slots__ = ("x",)


s = S()
put(s, 7)
print(get(s))
put(a, [8])
print(get(a), sys.getrefcount(a.x), sys.getrefcount(get(a)))


def kind(o):
    return o.kind


print(kind(a), kind(s if hasattr(s, "kind") else a))
a.kind = "instance"
print(kind(a), kind(b))
C.kind = "changed"
print(kind(a), kind(b))
for o in (a, b, d, a, b):
    print(type(o).__name__, kind(o), call(o))


class P:
    @property
    def x(self):
        return "named property"

    y = property()


p = P()
for name in ("x", "y"):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        delattr(p, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
P.z = property(P.x.fget).setter(None)
try:
    p.z = 2
except AttributeError as e:
    print("AttributeError:", e)
P.z.__set_name__(P, "late")
try:
    p.z = 2
except AttributeError as e:
    print("AttributeError:", e)
print(get(p) if hasattr(p, "x") else None, p.x)


class Q:
    @property
    def documented(self):
        "The getter's docstring."
        return 1

    plain = property(lambda self: 2, doc="Given doc.")


print(Q.documented.__doc__, Q.plain.__doc__, Q.plain.fset, Q.documented.fget.__name__)
