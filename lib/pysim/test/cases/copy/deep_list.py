import copy
inner = [1, 2]
a = [inner, 3]
b = copy.deepcopy(a)
print(b == a, b[0] is inner)
b[0].append(9)
print(a, b)
