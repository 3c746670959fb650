a = 257
b = int('257')
print(a is b, a == b)
