a = 1.5
b = 1.5
print(a is b)
c = float('1.5')
print(c is a, c == a)
