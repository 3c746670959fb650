a = 256
b = int('256')
print(a is b)
c = 255 + 1
print(c is a)
