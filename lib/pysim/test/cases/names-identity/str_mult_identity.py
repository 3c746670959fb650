a = 'ab' * 1
print(a is 'ab'[:])
b = 'ab'
print(b * 1 is b)
