from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=5)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
print(a <= b, a < b, a >= b, a > b, a == b, a != b)
print(Counter(a=1) < Counter(a=2), Counter(a=2) >= Counter(a=1, b=0))
c = a.copy()
c += b
print(c)
c = a.copy()
c -= b
print(c)
c = a.copy()
c |= b
print(c)
c = a.copy()
c &= b
print(c)
print(a.__add__(5), a.__eq__({}))
try:
    a + {"x": 1}
except TypeError as e:
    print(e)
try:
    a < 3
except TypeError as e:
    print(e)
print(sum([Counter("ab"), Counter("bc")], Counter()))
