# round(n), n.conjugate(), n.real and n.numerator return the int itself (long_long)
a = 1000 + int("296")
print(round(a) is a, round(a, 0) is a, round(a, 2) is a, round(a, None) is a)
print(round(a, -1) is a, round(a, -1))
print(a.conjugate() is a, a.real is a, a.numerator is a, a.__round__() is a)
print(a // 1 is a, a * 1 is a)
b = True
print(round(b), type(b.real).__name__, b.numerator)
