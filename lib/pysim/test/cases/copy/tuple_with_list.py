import copy
t = (1, [2, 3])
d = copy.deepcopy(t)
print(d is t, d == t, d[1] is t[1])
print(copy.copy(t) is t)
