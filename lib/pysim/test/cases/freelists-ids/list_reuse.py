a = [1, 2]
i = id(a)
del a
b = []
print(id(b) == i)
