# Unary minus, plus and invert of constants are folded and merged with equal constants
# (the key keeps -0.0 apart from 0.0).
a = -1.5
b = 0 - 1.5
print(a is b)
c = -0.0
d = 0.0
print(c is d, c == d)
e = -5000
f = 0 - 5000
print(e is f)
g = -(-5000)
h = 5000
print(g is h)
i = +7.5
j = 7.5
print(i is j)
k = ~1000
m = -1001
print(k is m)
n = -True
print(n)
