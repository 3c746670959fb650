# the objects zip, map, enumerate and iter(d.items()) allocate (each result tuple, the tuple of
# iterators zip and map hold, zip's argument tuple), as gc.get_count() sees them
import gc, sys
v = [1]
l = [v]
gc.collect()
c0 = gc.get_count()
it2 = iter({"q": 1}.items())
c1 = gc.get_count()
z = zip(l, l)
c2 = gc.get_count()
en = enumerate(l)
c3 = gc.get_count()
print(c0, c1, c2, c3)
print(sys.getsizeof(it2), sys.getsizeof(z), sys.getsizeof(en))
l = [1]
d = {"q": 1}
r = []
gc.collect()
a = gc.get_count(); e1 = enumerate(l); b = gc.get_count(); r.append(b[0] - a[0] - 1)
a = gc.get_count(); e2 = enumerate(l); b = gc.get_count(); r.append(b[0] - a[0] - 1)
a = gc.get_count(); z1 = zip(l, l); b = gc.get_count(); r.append(b[0] - a[0] - 1)
a = gc.get_count(); z2 = zip(l, l); b = gc.get_count(); r.append(b[0] - a[0] - 1)
a = gc.get_count(); z3 = zip(l); b = gc.get_count(); r.append(b[0] - a[0] - 1)
a = gc.get_count(); i1 = iter(d.items()); b = gc.get_count(); r.append(b[0] - a[0] - 1)
a = gc.get_count(); i2 = iter(d); b = gc.get_count(); r.append(b[0] - a[0] - 1)
a = gc.get_count(); i3 = iter(l); b = gc.get_count(); r.append(b[0] - a[0] - 1)
a = gc.get_count(); m1 = map(str, l); b = gc.get_count(); r.append(b[0] - a[0] - 1)
print(r)

o = object()
l = []
gc.collect()
x0 = gc.get_count()[0]
t = (o, o)
x1 = gc.get_count()[0]
u = (o, o, o)
x2 = gc.get_count()[0]
e = enumerate(l)
x3 = gc.get_count()[0]
w = (o, o)
x4 = gc.get_count()[0]
m = map(len, l)
x5 = gc.get_count()[0]
print(x0, x1, x2, x3, x4, x5)
