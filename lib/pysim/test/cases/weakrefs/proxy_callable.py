# Proxies to callables are weakref.CallableProxyType and forward calls; proxy types cannot be made or subclassed
import weakref


def greet(who, punct="!"):
    return "hello " + who + punct


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n


c = Counter()
pc = weakref.proxy(c)
pg = weakref.proxy(greet)
pk = weakref.proxy(Counter)
print(type(pc), type(pg), type(pk))
print(pc(), pc(5), c.n, pg("you"), pg("there", punct="?"), pk().n)
print(callable(pc), callable(weakref.proxy(weakref)), weakref.ProxyTypes)
print(pg.__name__, pk.__name__)
it = iter([1, 2, 3])


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i * 10


src = It()
pi = weakref.proxy(src)
print(next(pi), list(pi), next(pi, "done"))
try:
    next(weakref.proxy(c))
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ProxyType(c)
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(weakref.CallableProxyType):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(pc)
except TypeError as e:
    print("TypeError:", e)
