a = 'hello'
b = 'hello'
print(a is b)
c = 'hel' + 'lo'
print(c is a)
