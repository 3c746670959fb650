l = [0, 1, 2, 3, 4]
del l[1]
print(l)
del l[-1]
print(l)
