eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(type(eg).__name__, eg.message, eg.exceptions, str(eg), repr(eg))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
b = BaseExceptionGroup("m", [ValueError()])
print(type(b).__name__, repr(b), str(b))
b2 = BaseExceptionGroup("m", (KeyboardInterrupt(),))
print(type(b2).__name__, repr(b2))
for args in [(), ("m",), (1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]), ("m", [ValueError(), 2]), ("m", [KeyboardInterrupt()]), ("m", [ValueError()], 3)]:
    for T in (ExceptionGroup, BaseExceptionGroup):
        try:
            T(*args)
        except Exception as e:
            print(T.__name__, args, type(e).__name__, e)
try:
    ExceptionGroup("m", [ValueError()], x=1)
except Exception as e:
    print(type(e).__name__, e)
l = [ValueError(1)]
eg = ExceptionGroup("x", l)
l.append(TypeError())
print(repr(eg), eg.exceptions, eg.args)
try:
    eg.message = "y"
except AttributeError as e:
    print(e)
try:
    eg.exceptions = ()
except AttributeError as e:
    print(e)
print(ExceptionGroup[int])
