# dir() of the numeric types: the slot wrappers (__neg__, __and__, __divmod__ ...) and methods
# (__round__, bit_count, fromhex ...) that CPython's types have
for t in (int, bool, float, complex):
    print(t.__name__, dir(t))
