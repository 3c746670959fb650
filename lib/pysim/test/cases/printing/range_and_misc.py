print(range(5), range(1, 10, 2), list(range(3)))
print(slice(1, 2), type(1), type('a'), type(None))
print(len, abs)
