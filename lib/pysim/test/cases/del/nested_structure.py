data = {'a': [1, 2, {'b': 3, 'c': 4}]}
del data['a'][2]['b']
print(data)
del data['a'][0]
print(data)
