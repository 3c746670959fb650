# types.SimpleNamespace: keyword construction, repr (recursive too), attribute set/get/del and
# their AttributeErrors, equality through the dicts, vars() is its __dict__, gc tracking, and a
# namespace cycle the collector frees.
import types, gc, sys
gc.collect()

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b)
ns.c = [1]
del ns.a
print(ns, vars(ns), vars(ns) is ns.__dict__)
print(ns == types.SimpleNamespace(b='x', c=[1]), ns != types.SimpleNamespace(), ns == 1)
try:
    ns.zz
except AttributeError as e:
    print('AttributeError', e)
try:
    del ns.zz
except AttributeError as e:
    print('AttributeError', e)
e = types.SimpleNamespace()
print(e, type(e).__name__, type(e).__module__, gc.is_tracked(e), sys.getrefcount(e))
n2 = types.SimpleNamespace(j=2)
n2.me = n2
print(n2, len(gc.get_referents(n2)), gc.get_referents(n2)[0] is vars(n2))
del n2
print(gc.collect())
import copy
c = copy.copy(ns)
print(sys.getsizeof(ns), c, c == ns, c is ns, c.c is ns.c, copy.deepcopy(ns).c is ns.c)
