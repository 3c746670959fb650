# The innermost class's name applies; a nested class's own name is mangled where it is bound.
class Outer:
    __x = "outer x"

    class __Inner:
        __x = "inner x"

        def get(self):
            return self.__x

    class Plain:
        def get(self):
            return self.__x

    def make(self):
        return self.__Inner()

    def outer_get(self):
        return self.__x


inner = Outer().make()
print(type(inner).__name__, type(inner).__qualname__)
print(inner.get(), Outer().outer_get())
print([k for k in vars(Outer) if "Inner" in k or "__x" in k])
print([k for k in vars(Outer._Outer__Inner) if "__x" in k])
try:
    Outer.Plain().get()
except AttributeError as e:
    print("AttributeError:", e)
