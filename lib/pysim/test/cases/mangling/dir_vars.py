# dir(), vars() and locals() show the mangled names.
class C:
    __a = 1
    print(sorted(k for k in locals() if "a" in k and not k.startswith("__m")))

    def method(self, __p):
        __local = 2
        self.__attr = 3
        return sorted(locals())

    def __repr__(self):
        return "C()"


c = C()
print(c.method(0))
print(sorted(vars(c)))
print([n for n in dir(c) if n.startswith("_C")])
print([n for n in dir(C) if n.startswith("_C")])
