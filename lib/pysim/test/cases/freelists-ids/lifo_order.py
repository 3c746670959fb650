a = [1]; b = [2]
ia, ib = id(a), id(b)
del a
del b
c = []; d = []
print(id(c) == ib, id(d) == ia)
