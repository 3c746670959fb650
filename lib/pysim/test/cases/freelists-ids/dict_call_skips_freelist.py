# {} takes a dict off the free list, but calling dict() allocates a fresh one (dict_new uses tp_alloc),
# so the id of a deleted dict comes back for the next literal, not for dict(...).
a = {"x": 1}
ia = id(a)
del a
b = dict(y=2)
print(id(b) == ia)
c = {}
print(id(c) == ia)
del b, c
d = dict()
e = {1: 2}
print(id(e) == ia, id(d) == ia)
