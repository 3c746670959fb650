l = list(range(10))
del l[2:5]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
