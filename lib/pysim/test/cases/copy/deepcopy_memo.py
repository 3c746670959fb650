import copy
x = [1, 2]
memo = {}
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1])
print(id(x) in memo)
