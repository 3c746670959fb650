a = None
print(a is None, type(None)() is None)
print(bool(1) is True, (1 == 1) is True)
print(not [] is True)
