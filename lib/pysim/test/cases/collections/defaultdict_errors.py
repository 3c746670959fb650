from collections import defaultdict

for bad in [1, "list", [list]]:
    try:
        defaultdict(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    defaultdict(list, 1, 2)
except TypeError as e:
    print(e)
try:
    hash(defaultdict())
except TypeError as e:
    print(e)
try:
    import weakref
    weakref.ref(defaultdict())
except TypeError as e:
    print(e)
d = defaultdict(int)
d["a"]
print(d)
d2 = defaultdict(dict)
d2["k"]["inner"]
