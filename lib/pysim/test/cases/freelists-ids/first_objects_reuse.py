# id() reuse of freed objects of each kind, from the start of a program
a = [1, 2, 3]
ida = id(a)
del a
b = [4, 5, 6]
print(id(b) == ida)
x = object()
idx = id(x)
del x
y = object()
print(id(y) == idx)
t1 = (1, 2)
i1 = id(t1)
del t1
t2 = (3, 4)
print(id(t2) == i1)
f1 = 1.5 + 0
fid = id(f1)
del f1
f2 = 2.5 + 0
print(id(f2) == fid)
d1 = {}
did = id(d1)
del d1
d2 = {}
print(id(d2) == did)
print(id([]) == id([]), id(object()) == id(object()))
