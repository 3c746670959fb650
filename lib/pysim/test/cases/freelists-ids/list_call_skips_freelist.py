# list(...) allocates a new block (list_vectorcall: PyType_GenericAlloc); displays,
# comprehensions, sorted() and str.split() take the most recently freed list.
a = [1, 2]
ia = id(a)
del a
b = list('abc')
print(id(b) == ia)
c = [3]
print(id(c) == ia)
d = [4, 5]
idd = id(d)
del d
e = list()
print(id(e) == idd)
f = [6]
idf = id(f)
del f
g = list(range(3))
print(id(g) == idf)
h = [7]
idh = id(h)
del h
k = [x for x in 'ab']
print(id(k) == idh)
m = [8]
idm = id(m)
del m
n = sorted('ba')
print(id(n) == idm)
o = [9]
ido = id(o)
del o
p = 'a b'.split()
print(id(p) == ido)
