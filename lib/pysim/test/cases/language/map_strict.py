# map(strict=) and map.__setstate__ (3.14); staticmethod/classmethod __annotations__ and [...] (3.14)
def add(a, b):
    return a + b
for call in [lambda: list(map(add, [1, 2], [3], strict=True)), lambda: list(map(add, [1], [3, 4], strict=True)),
             lambda: list(map(add, [1, 2], [3, 4], strict=True)), lambda: list(map(add, [1, 2], [3], strict=False)),
             lambda: list(map(len, [1], bogus=True)), lambda: map(add, [1], [2]).__setstate__(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
def f(x: int) -> str:
    pass
s, c = staticmethod(f), classmethod(f)
for call in [lambda: s.__annotations__, lambda: "__annotations__" in s.__dict__, lambda: c.__annotations__ is f.__annotations__,
             lambda: staticmethod[int], lambda: classmethod[str]]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
