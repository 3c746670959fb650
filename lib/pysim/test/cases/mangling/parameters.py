# Parameter names are mangled (co_varnames, defaults, annotations); call keywords are not.
class C:
    def f(self, __a, b=1, *__rest, __k=2, **__kw):
        return __a, b, __rest, __k, __kw

    def call_plain(self):
        try:
            return self.f(__a=1)
        except TypeError as e:
            return "TypeError: " + str(e)

    def call_kw(self):
        return self.f(0, __k=9)

    def ann(self, __p: int, q: "str" = "") -> None:
        pass


c = C()
print(C.f.__code__.co_varnames, C.f.__code__.co_argcount, C.f.__code__.co_kwonlyargcount)
print(C.f.__kwdefaults__, C.f.__defaults__)
print(C.ann.__annotations__)
print(c.call_plain())
print(c.call_kw())
print(c.f(_C__a=5, _C__k=6, extra=7))
try:
    c.f()
except TypeError as e:
    print("TypeError:", e)
