# Set algebra as setobject.c computes it: which set is walked (the smaller for &, a copy of the
# other for ^), when the result is a copy (s - t with a much larger s), and in-place forms that keep
# or swap tables: element order, the surviving key object, sizes and gc counts.
import sys, gc
s = {3, 1, 2}
print(s ^ {1, 9}, {1, 9} ^ s, s.symmetric_difference([1, 9]), frozenset(s) ^ {1, 9})
a = set(range(40))
b = {5, 100, 3, 77, 200}
print(a & b, b & a, a - b, sorted(b - a), b ^ {3, 300}, a.intersection([77, 5, 3, 8]), b.difference([5], {3}))
c = set(range(20)); c -= {1, 2, 3, 4, 5, 6}; print(c, sys.getsizeof(c))
d = set(range(50)); d &= {7, 3, 49}; print(d, sys.getsizeof(d))
e = set(range(12)); e.difference_update(range(10)); print(e, sys.getsizeof(e))
f = {1.0, 2}; g = {1, 2.0, 5}; print(f & g, g & f, [type(x).__name__ for x in f & g], [type(x).__name__ for x in g & f])
h = {"a", "b", "c"}; h ^= {"b", "x"}; print(sorted(h), len(h))
k = {1, 2, 3}; k.symmetric_difference_update([3, 4, 4]); print(k)
m = {10, 20}; m.intersection_update({20, 30}, [20]); print(m)
print(frozenset({1, 2}) | {3}, type(frozenset() | set()).__name__, type(set() | frozenset()).__name__)
class S(set): pass
print(type(S({1}) & {1}).__name__, type(S({1}).union()).__name__)
x = {i * 8 for i in range(6)}; print(x, x - {8}, x & {0, 40, 16}, x ^ {8, 1})
gc.collect()
print(gc.get_count())
y = {1, 2} & {2, 3}
print(gc.get_count())
