# dir() of the container and text types (__class_getitem__, generic aliases, is not simulated)
for t in (list, tuple, dict, set, frozenset, str, range):
    print(t.__name__, [n for n in dir(t) if n != "__class_getitem__"])
