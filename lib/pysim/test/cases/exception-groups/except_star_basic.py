def g():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
try:
    g()
except* ValueError as e:
    print("V", repr(e), e.__traceback__ is not None)
except* TypeError as e:
    print("T", repr(e))
except* KeyError:
    print("K")
print("after")
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), repr(e.exceptions[0]), e.__traceback__ is None)
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as rr:
    print("reraised", repr(rr))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as n:
    print("new", repr(n), repr(n.exceptions[0].__context__))
for bad in (int, ExceptionGroup, (ValueError, ExceptionGroup)):
    try:
        try:
            raise ValueError()
        except* bad:
            pass
    except TypeError as te:
        print(te)
try:
    raise ValueError("x")
except* TypeError:
    print("no")
