a = {'k': 1}
i = id(a)
del a
b = {}
print(id(b) == i)
