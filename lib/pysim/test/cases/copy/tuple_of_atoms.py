import copy
t = (1, 'a', 2.5, None)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
