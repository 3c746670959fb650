a = 'hello_world'
parts = ['hello', 'world']
b = '_'.join(parts)
print(a == b, a is b)
