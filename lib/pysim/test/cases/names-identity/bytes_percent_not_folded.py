# the compiler folds constant operators, but never `%` formatting of str or bytes
y = b'abc'
formatted = b'%s' % b'abc'
print(formatted is y, formatted == y)
x = 'abc'
print(('%s' % 'abc') is x)
