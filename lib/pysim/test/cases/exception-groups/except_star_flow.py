import sys
def check(eg):
    try:
        raise eg
    except* (ValueError, TypeError) as m:
        print("exc_info is match:", sys.exc_info()[1] is m, sys.exception() is m if hasattr(sys, "exception") else True)
        print(repr(m), m.__cause__, m.__context__)
        for e in m.exceptions:
            print(" ", repr(e))
    except* OSError as o:
        print("os", repr(o))
    else:
        print("else")
    finally:
        print("finally")

check(ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [TypeError(2), OSError(3)])]))
try:
    check(ExceptionGroup("c", [KeyError(1)]))
except ExceptionGroup as rest:
    print("rest", repr(rest), rest is not None)
try:
    pass
except* ValueError:
    pass
else:
    print("else ran")
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except* ValueError:
        for j in range(5):
            if j == 2:
                break
        print("i", i, "j", j)
x = 0
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as k:
    print(type(k).__name__, repr(k))
except* ValueError as v:
    print(type(v).__name__, repr(v))
