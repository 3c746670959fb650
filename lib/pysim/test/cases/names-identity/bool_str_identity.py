# str(True) is a cached string: the same object every time. From 3.12 it is also the
# interned "True" that a literal gives you.
t = "True"
f = "False"
print(str(True) is str(True), repr(False) is repr(False))
print(str(True) is t, str(False) is f, repr(1 == 1) is t)
print(f"{True}" is t, "{}".format(False) is f, "%s" % True is t)
print(str(True) == t, str(1) is str(1))
print("{!s}".format(True) is t, "{!r}".format(False) is f, "{}".format(7) is "{}".format(7))
