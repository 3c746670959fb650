# The order of an object's weakref list: the basic ref first, then the basic proxy, then the
# others newest first; callbacks run in that order
import weakref


class Thing:
    pass


class MyRef(weakref.ref):
    pass


t = Thing()
log = []
r1 = weakref.ref(t, lambda r: log.append("r1"))
r2 = weakref.ref(t, lambda r: log.append("r2"))
p1 = weakref.proxy(t, lambda r: log.append("p1"))
basic = weakref.ref(t)
m = MyRef(t)
bp = weakref.proxy(t)
m2 = MyRef(t, lambda r: log.append("m2"))
names = {id(r1): "r1", id(r2): "r2", id(p1): "p1", id(basic): "basic", id(m): "m", id(bp): "bp", id(m2): "m2"}
print([names[id(w)] for w in weakref.getweakrefs(t)])
print(weakref.getweakrefcount(t), weakref.ref(t) is basic, weakref.proxy(t) is bp)
del t
print(log)
