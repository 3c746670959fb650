# A cache in a WeakValueDictionary, with WeakKeyDictionary, WeakSet, finalize and WeakMethod (Lib/weakref.py run as is)
import weakref, sys, gc
class Image:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Image({self.name!r})"
cache = weakref.WeakValueDictionary()
a = Image("a"); b = Image("b")
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()), cache["a"], sys.getrefcount(a))
print("a" in cache, cache.get("c"), list(cache.items()) == [("a", a), ("b", b)])
del a
print(len(cache), "a" in cache, list(cache))
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e)
print(type(cache).__name__, isinstance(cache, dict), repr(cache).startswith("<WeakValueDictionary at 0x"))
wk = weakref.WeakKeyDictionary()
k = Image("k")
wk[k] = 1
print(len(wk), wk[k], k in wk)
del k
print(len(wk))
ws = weakref.WeakSet()
x = Image("x"); y = Image("y")
ws.add(x); ws.add(y)
print(len(ws), x in ws, sorted(i.name for i in ws))
del x
print(len(ws), repr(ws).startswith("<_weakrefset.WeakSet"), type(ws))
f = weakref.finalize(y, print, "finalized y")
print(f.alive)
del y
print(f.alive)
wm_obj = Image("m")
class Greeter:
    def hi(self): return "hi"
g = Greeter()
wm = weakref.WeakMethod(g.hi)
print(wm()(), type(wm))
del g
print(wm())
print(cache.pop("b"), len(cache))
print(weakref.getweakrefcount(b))
