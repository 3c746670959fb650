# dir() of object(), of instances with and without __slots__, and of the classes themselves
class Plain:
    pass


class Slotted:
    __slots__ = ('x', 'y')


class WithAttrs:
    def __init__(self):
        self.a = 1
        self.b = 2

    def method(self):
        return self.a


print(dir(object()))
print(dir(Plain()))
print(dir(Slotted()))
print(dir(WithAttrs()))
print(dir(Plain))
print(dir(object))
print(set(dir(WithAttrs)) - set(dir(Plain)))
print(object().__dir__() == object.__dir__(object()))
