# set() and frozenset() of a dict resize once up front for its keys (set_update_dict); other
# iterables add item by item: element order and sizes as CPython's.
import sys
d = {f"k{i}": i for i in range(7)}
for s in [set(d), set(d.keys()), set(d.values()), set(d.items()), frozenset(d), set(range(9)), set([5, 13, 21, 29, 37]), set("mississippi"), {x for x in "abcdefg"}, set(set(range(6))), set(tuple(range(12)))]:
    print(s, sys.getsizeof(s))
a = set(range(100))
a.clear()
print(a, sys.getsizeof(a))
b = set(range(10))
for i in range(10):
    b.discard(i)
b.add(3)
print(b, sys.getsizeof(b), b.pop(), b)
