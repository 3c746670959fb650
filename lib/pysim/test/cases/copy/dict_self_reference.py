import copy
d = {'name': 'root'}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e, e['self'] is d, e)
