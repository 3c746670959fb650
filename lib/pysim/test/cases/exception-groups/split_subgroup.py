eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
eg.add_note("note A")
eg.__cause__ = RuntimeError("c")
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__, m.__cause__, m.__suppress_context__)
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(eg.subgroup((KeyError, TypeError)))
print(eg.split(OSError))
print(eg.split(ExceptionGroup)[0] is eg)
print(eg.subgroup(lambda e: True) is eg)
d = eg.derive([ValueError(9)])
print(type(d).__name__, repr(d), d.__notes__ if hasattr(d, '__notes__') else 'no notes')
for bad in [1, (ValueError, 1), int, "x"]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(e)
try:
    eg.split()
except TypeError as e:
    print(e)
try:
    eg.subgroup(1, 2)
except TypeError as e:
    print(e)
try:
    eg.derive()
except TypeError as e:
    print(e)
b = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
m, r = b.split(Exception)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
x = MyEG("mine", [ValueError(), TypeError()])
print(repr(x), str(x), repr(x.split(ValueError)))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), eg.args)
try:
    raise ExceptionGroup("raised", [ValueError("v")])
except ExceptionGroup as e:
    print("caught", e, e.exceptions)
