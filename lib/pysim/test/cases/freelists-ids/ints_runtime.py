x = int('100000')
i = id(x)
del x
y = int('200000')
print(id(y) == i)
