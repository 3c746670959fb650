# sys.getsizeof of lists built from sets, dicts, views, sequences and generators by list(), [*x],
# sorted(), extend() and +=: list_extend's length hint, exact preallocation and over-allocation.
import sys
s = {1, 2, 3}; fs = frozenset(s); d = {1: 1, 2: 2, 3: 3}
for name, x in [("set", s), ("frozenset", fs), ("dict", d), ("keys", d.keys()), ("values", d.values()), ("items", d.items()), ("tuple", (1, 2, 3)), ("list", [1, 2, 3]), ("range", range(3)), ("str", "abc"), ("gen", None)]:
    mk = (lambda: (i for i in range(3))) if x is None else (lambda: x)
    l = []; l.extend(mk()); m = []; m += mk()
    print(name, sys.getsizeof(list(mk())), sys.getsizeof([*mk()]), sys.getsizeof(sorted(mk())), sys.getsizeof(l), sys.getsizeof(m))
try:
    print([*5])
except TypeError as e:
    print("TypeError:", e)
