# dict items iterators, enumerate and zip hand out one result tuple again while only they hold it,
# so it keeps the last pair alive (di_result, en_result, zip's result); zip builds a tuple of its iterators
import sys, gc
v = [1]
d = {"a": v}
for k, val in d.items():
    print("items", sys.getrefcount(v))
print("after items", sys.getrefcount(v))
l = [v]
for i, x in enumerate(l):
    print("enumerate", sys.getrefcount(v))
print("after enumerate", sys.getrefcount(v))
for x, y in zip(l, l):
    print("zip", sys.getrefcount(v))
print("after zip", sys.getrefcount(v))
it = iter(d.items())
pair = next(it)
print("held pair", sys.getrefcount(v))
pair2 = next(it, None)
print(pair2, sys.getrefcount(v))
del pair
print("dropped", sys.getrefcount(v))
e = enumerate(l)
print(next(e)[1] is v, sys.getrefcount(v))
del e
print(sys.getrefcount(v))
ids = set()
for p in d.items():
    ids.add(id(p))
for p in {"x": 1, "y": 2}.items():
    ids.add(id(p))
print(len(ids))
