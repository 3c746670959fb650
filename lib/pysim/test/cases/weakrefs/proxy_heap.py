# A proxy does not keep its referent alive: refcounts, sizes, gc tracking and collection of cycles
import gc
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


gc.collect()
a = Node("a")
before = sys.getrefcount(a)
p = weakref.proxy(a)
print(sys.getrefcount(a) == before, sys.getrefcount(p), sys.getsizeof(p) == sys.getsizeof(weakref.ref(a)))
print(gc.is_tracked(p), len(gc.get_referents(p)))
cb = weakref.proxy(a, print)
print(len(gc.get_referents(cb)), gc.get_referents(cb)[0] is print)
b = Node("b")
a.peer = weakref.proxy(b)
b.peer = a
print(a.peer.name, a.peer.peer.name, b.peer.peer.peer.name)
log = []
watch = weakref.proxy(b, lambda wr: log.append("b gone"))
del b
print(log, repr(a.peer).endswith("dead>") or "NoneType" in repr(a.peer))
a.peer = None
ra = repr(p)
print(ra == "<weakproxy at %#x to Node at %#x>" % (id(p), id(a)) or ra == "<weakproxy at %#x; to 'Node' at %#x>" % (id(p), id(a)))
x = Node("x")
y = Node("y")
x.peer = y
y.peer = x
px = weakref.proxy(x, lambda wr: log.append("x collected"))
del x, y
print(gc.collect(), log)
del a
try:
    p.name
except ReferenceError as e:
    print(e)
