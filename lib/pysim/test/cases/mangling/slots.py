# type_new mangles __slots__ names with the class name and sorts them.
class P:
    __slots__ = ("__y", "x", "__x", "__dunder__")

    def __init__(self):
        self.__x = 1
        self.__y = 2
        self.x = 3
        self.__dunder__ = 4


p = P()
print(P.__slots__)
print([k for k in P.__dict__ if k not in ("__module__", "__doc__", "__slots__", "__firstlineno__", "__static_attributes__")])
print(p._P__x, p._P__y, p.x, p.__dunder__)
print(type(P._P__x).__name__, repr(P._P__x), repr(P._P__y))
try:
    p.__x
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Q:
        __slots__ = ("__a",)
        __a = 0
except ValueError as e:
    print("ValueError:", e)


class __:
    __slots__ = ("__z",)


print([k for k in __.__dict__ if "z" in k])
R = type("R", (), {"__slots__": "__only"})
print([k for k in R.__dict__ if "only" in k], R.__slots__)
