a, b, c = 1, 2, 3
del a, b
print('c' in dir(), 'a' in dir(), 'b' in dir())
