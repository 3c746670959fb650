# Inside class C, `__a` and `_C__a` name the same parameter: a duplicate argument.
print("compiled?")


class C:
    def f(self, __a, _C__a):
        return __a
