a = 5
print(int(a) is a, a.__index__() is a)
b = 1000
n = int('1000')
print(int(n) is n, +n is n)
