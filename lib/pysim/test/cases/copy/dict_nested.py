import copy
a = {'x': [1], 'y': {'z': [2]}}
s = copy.copy(a)
d = copy.deepcopy(a)
print(s['x'] is a['x'], d['x'] is a['x'], d['y']['z'] is a['y']['z'])
print(d == a)
