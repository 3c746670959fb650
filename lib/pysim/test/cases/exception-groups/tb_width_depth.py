def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("wide", [ValueError(i) for i in range(17)] + [deep(12)]) from z
except ExceptionGroup as g:
    r = RuntimeError("plain")
    r.add_note("note on r")
    raise ExceptionGroup("outer", [r, g])
