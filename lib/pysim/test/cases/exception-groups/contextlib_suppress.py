from contextlib import suppress
with suppress(ValueError):
    raise ExceptionGroup("all values", [ValueError(1), ValueError(2)])
print("suppressed whole group")
try:
    with suppress(ValueError):
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("rest", repr(e))
with suppress(ValueError, TypeError):
    raise ValueError("plain")
print("done")
