d = {}
d['z'] = 1
d['a'] = 2
d['m'] = 3
print(d)
del d['a']
d['a'] = 4
print(d, list(d))
