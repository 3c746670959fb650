# {**x} of a non-mapping: DICT_UPDATE turns the missing `keys` into "'X' object is not a mapping"
base = {"a": 1}
try:
    merged = {**base, **[("b", 2)]}
except TypeError as e:
    print(type(e).__name__, e, e.__context__)
extra = 5
merged = {**base, **extra}
