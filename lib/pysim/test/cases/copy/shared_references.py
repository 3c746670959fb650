import copy
x = [1]
a = [x, x]
b = copy.deepcopy(a)
print(b[0] is b[1], b[0] is x)
