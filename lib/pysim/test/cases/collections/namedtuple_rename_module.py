from collections import namedtuple

R = namedtuple("R", "abc def ghi abc _x 1y", rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5, 6))
M = namedtuple("M", "a", module="some.where")
print(M.__module__, M(1))
N = namedtuple("N", "a, b,c")
print(N._fields, N.__module__)
def make():
    return namedtuple("Inner", ["u", "v"])
I = make()
print(I.__module__, I.__qualname__, I(1, 2))
T = namedtuple(typename="T", field_names=("p", "q"))
print(T(1, 2), type(T.__name__))
class Name(str):
    pass
U = namedtuple(Name("U"), [Name("f")])
print(U(1), type(U._fields[0]), type(U.__name__))
print(namedtuple("G", iter(["a", "b"]))._fields)
