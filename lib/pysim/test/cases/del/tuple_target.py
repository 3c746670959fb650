l = [1, 2, 3]
d = {'k': 4}
del (l[0], d['k'])
print(l, d)
