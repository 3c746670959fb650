a = -5
b = int('-5')
print(a is b)
c = -6
d = int('-6')
print(c is d, c == d)
