import copy
inner = [1, 2]
a = [inner, 3]
b = copy.copy(a)
print(b == a, b is a, b[0] is inner)
