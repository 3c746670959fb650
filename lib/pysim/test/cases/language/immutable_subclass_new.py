# A subclass of an immutable builtin makes its value in __new__, through
# super().__new__(cls, ...) or int.__new__(cls, ...): the base's tp_new.
class Celsius(float):
    def __new__(cls, value, unit="C"):
        print("new", cls.__name__, value)
        return super().__new__(cls, value)
    def __init__(self, value, unit="C"):
        self.unit = unit
c = Celsius(21.5, unit="F")
print(c, c.unit, c + 1, type(c + 1), isinstance(c, float))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, repr(u), type(u).__name__, u.lower(), len(u))
class Pos(int):
    def __new__(cls, v):
        return int.__new__(cls, abs(v))
print(Pos(-3), Pos(4) + 1, type(Pos(2)).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(Pair(1, 2), Pair(1, 2)[0], len(Pair(3, 4)))
print(int.__new__(int, "12"), float.__new__(float, "1.5"), str.__new__(str, 5), tuple.__new__(tuple, "ab"), bool.__new__(bool, 3))
for call in [lambda: int.__new__(), lambda: int.__new__(5), lambda: int.__new__(str, 5), lambda: float.__new__(Upper, 1), lambda: object.__new__(Pos)]:
    try:
        call()
    except TypeError as e:
        print(e)
