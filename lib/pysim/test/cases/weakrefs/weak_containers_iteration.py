# The weak containers of Lib/weakref.py: generators, pending removals while iterating, KeyedRef, copies, set operations, finalize at exit
import weakref, sys, gc, copy
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
objs = [Obj(i) for i in range(4)]
d = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
print(type(d.keys()).__name__, str(d.items()).split(" at ")[0], sorted(d.values(), key=lambda o: o.n))
key = "some-key"
d[key] = objs[0]
print(sys.getrefcount(key), sys.getrefcount(objs[0]))
it = iter(d)
first = next(it)
del objs[3]
print(len(d), len(d._pending_removals), first)
del it
print(len(d._pending_removals), len(d), sorted(k for k in d if k != key))
print(d == {0: objs[0], 1: objs[1], 2: objs[2], key: objs[0]}, d != {})
e = d | {9: objs[1]}
print(type(e).__name__, len(e), 9 in e)
c = copy.copy(d)
dc = copy.deepcopy(d)
print(len(c), len(dc), c[0] is objs[0])
print(d.setdefault(7, objs[2]), d.popitem() is not None, len(d))
vr = d.valuerefs()
print(type(vr[0]).__name__, vr[0].key in d)
d.clear()
print(len(d), list(d.items()))
wk = weakref.WeakKeyDictionary()
a, b = Obj("a"), Obj("b")
wk[a] = "A"
wk[b] = "B"
print(sys.getrefcount(a), len(wk), wk.get(a), a in wk, list(wk.values()))
kr = wk.keyrefs()
print(len(kr), type(kr[0]).__name__)
del a, kr
print(len(wk), [k.n for k in wk.keys()], repr(wk).split(" at ")[0])
ws = weakref.WeakSet([b])
c2 = Obj("c")
ws2 = weakref.WeakSet([b, c2])
print(len(ws | ws2), len(ws2 - ws), ws <= ws2, ws == weakref.WeakSet([b]), b in ws2)
ws2.discard(c2)
print(len(ws2), ws2.pop() is b, len(ws2))
print(repr(ws).startswith("<_weakrefset.WeakSet object at"), ws.__class__.__module__)
f = weakref.finalize(b, print, "bye", "b")
print(str(f).split(" at ")[0], f.alive, f.peek()[1:3])
g = weakref.finalize(c2, print, "at exit for c")
gc.collect()
print(gc.get_count())
