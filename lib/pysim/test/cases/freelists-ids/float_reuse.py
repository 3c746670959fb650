x = float('1.5')
i = id(x)
del x
y = float('2.5')
print(id(y) == i)
