# copy.copy / copy.deepcopy of builtin objects without a dispatch entry go through __reduce_ex__:
# bound methods, exceptions, sets, slices and bytearrays rebuild; generators, views and modules
# cannot be pickled; classes may bring __getstate__, __setstate__ or __reduce__ of their own.
import copy
import sys


class M:
    def meth(self):
        return self

    def __repr__(self):
        return "M"


m = M()
makers = {
    "method": lambda: m.meth,
    "builtin_method": lambda: [].append,
    "generator": lambda: (x for x in [1]),
    "keys": lambda: {1: 2}.keys(),
    "values": lambda: {1: 2}.values(),
    "items": lambda: {1: 2}.items(),
    "module": lambda: sys,
    "staticmethod": lambda: staticmethod(len),
    "classmethod": lambda: classmethod(len),
    "exception": lambda: ValueError("x", 1),
    "complex": lambda: 1j,
    "set": lambda: {1, 2},
    "frozenset": lambda: frozenset({1}),
    "mappingproxy": lambda: M.__dict__,
    "slice": lambda: slice(1, 2),
    "range": lambda: range(3),
    "bytes": lambda: b"ab",
    "bytearray": lambda: bytearray(b"ab"),
    "object": lambda: object(),
    "type": lambda: M,
    "function": lambda: len,
    "property": lambda: property(),
}
for name, make in makers.items():
    for fn in (copy.copy, copy.deepcopy):
        x = make()
        try:
            y = fn(x)
            print(name, fn.__name__, "same" if y is x else type(y).__name__, y == x)
        except Exception as e:
            print(name, fn.__name__, f"{type(e).__name__}: {e}")

c = copy.copy(m.meth)
print(c.__self__ is m, c() is m, copy.deepcopy(m.meth).__self__ is m)
print(copy.deepcopy({1, 2}), copy.deepcopy([{3}]), copy.deepcopy(frozenset({1})))
print(bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"a") < bytearray(b"b"))
e = ValueError("bad", 2)
e.note = [1]
e2 = copy.deepcopy(e)
print(e2.args, e2.note, e2.note is e.note, copy.copy(e).note is e.note)


class State:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        print("getstate")
        return {"a": self.a * 10}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)


print(copy.copy(State()).a, copy.deepcopy(State()).a)


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        print("__reduce__")
        return (Reduced, (self.v + 1,))


print(copy.copy(Reduced(1)).v, copy.deepcopy(Reduced(5)).v)


class L(list):
    pass


class D(dict):
    pass


ll = L([1, [2]])
dd = D(a=[1])
for fn in (copy.copy, copy.deepcopy):
    lc, dc = fn(ll), fn(dd)
    print(type(lc).__name__, lc, lc[1] is ll[1], type(dc).__name__, dc, dc["a"] is dd["a"])
