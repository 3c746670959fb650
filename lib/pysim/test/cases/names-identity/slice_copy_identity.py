a = [1, 2, 3]
b = a[:]
c = a
print(b is a, c is a, b == a)
t = (1, 2, 3)
print(t[:] is t)
s = 'abcdef'
print(s[:] is s)
