# A bound builtin method is a new object on every attribute access, so `is` is False,
# but == compares the bound object (by identity) and the underlying C function.
a = []
print(a.append is a.append, a.append == a.append, a.append != a.append)
print(a.append == [].append, a.append == a.extend)
d = {}
get = d.get
print(get == d.get, get is d.get)
print(len == len, "x".upper == "x".upper)
