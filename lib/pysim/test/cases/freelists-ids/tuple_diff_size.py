t = tuple([1, 2, 3])
i = id(t)
del t
u = tuple([4, 5])
print(id(u) == i)
