# The class name loses its leading underscores; a class named only by underscores mangles nothing.
class _Private:
    __a = 1


class __Dunder:
    __a = 2


class _E_:
    __a = 3


class _:
    __a = 4


class ___:
    __a = 5

    def m(self):
        self.__b = 6
        return self


class Names:
    __x__ = 1
    ___y = 2
    __ = 3
    _z = 4
    ____w = 5


def keys(cls):
    return [k for k in vars(cls) if k not in ("__module__", "__dict__", "__weakref__", "__doc__", "__qualname__", "__firstlineno__", "__static_attributes__")]


for cls in (_Private, __Dunder, _E_, _, ___, Names):
    print(cls.__name__, keys(cls))
print(vars(___().m()))
