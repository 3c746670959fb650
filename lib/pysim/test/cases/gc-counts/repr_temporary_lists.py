# set, frozenset and dict-view reprs build a temporary list (PySequence_List), namespace two
import gc, types
s = {1, 2}
f = frozenset("ab")
d = {"k": 1}
ns = types.SimpleNamespace(a=1, b="x")
print(repr([0]))
for obj in (s, f, d.keys(), d.values(), d.items(), {}.items(), ns, types.SimpleNamespace()):
    gc.collect()
    r = repr(obj)
    print(gc.get_count(), r)
