import sys
from collections import namedtuple

def factory(name):
    return namedtuple(name, "a b")
print(factory("F").__module__)
ns = {"namedtuple": namedtuple, "__name__": "fake_mod"}
exec("T = namedtuple('T', 'q')", ns)
print(ns["T"].__module__, ns["T"](1))
ns2 = {"namedtuple": namedtuple}
exec("U = namedtuple('U', 'q')", ns2)
print(ns2["U"].__module__)
print(eval("namedtuple('V', 'z')", {"namedtuple": namedtuple, "__name__": "evalmod"}).__module__)
class Holder:
    Inner = namedtuple("Inner", "v")
print(Holder.Inner.__module__, Holder.Inner.__qualname__, Holder.Inner(3))
print(namedtuple("W", "a", module=None).__module__)
lam = (lambda: namedtuple("L", "k"))()
print(lam.__module__, lam.__new__.__module__, lam._make.__module__)
print(lam.__new__.__globals__["__name__"] if hasattr(lam.__new__, "__globals__") else None)
