# The size of a dict's copy depends on how it is made and on the deleted entries in the source:
# dict.copy() (and copy.copy) copy the whole table while at most a third of its entries are
# deleted, else build a table for the live entries; dict(d), {**d} and d.update() resize once
# up front (dict_merge), so even one surviving entry gets a 16-slot table.
import sys, copy, gc

for n, dels in [(10, 0), (10, 5), (100, 90), (1000, 999), (20, 1), (6, 3), (200, 0), (200, 50), (200, 150)]:
    d = {i: i for i in range(n)}
    for i in range(dels):
        del d[i]
    c = d.copy()
    print(n, dels, sys.getsizeof(d), sys.getsizeof(c), sys.getsizeof(dict(d)), sys.getsizeof(copy.copy(d)), sys.getsizeof({**d}))
    # the copied table keeps the source's free room: inserting into it resizes when the source would
    for j in range(n, n + 8):
        c[j] = j
    print("  after 8 inserts", sys.getsizeof(c), len(c))

s = {f"k{i}": i for i in range(50)}
for i in range(40):
    del s[f"k{i}"]
print(sys.getsizeof(s), sys.getsizeof(s.copy()), sys.getsizeof(dict(s)))

u = {"a": 1}
u.update({i: i for i in range(30)})
print("update", sys.getsizeof(u), len(u))
small = {"x": [1]}
print("tracked", gc.is_tracked(small.copy()), gc.is_tracked({"y": 1}.copy()), gc.is_tracked(dict(small)))
