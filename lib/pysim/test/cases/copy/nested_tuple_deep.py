import copy
t = ((1, 2), (3, (4, 5)))
print(copy.deepcopy(t) is t)
u = ((1, 2), (3, [4]))
v = copy.deepcopy(u)
print(v is u, v[0] is u[0], v[1] is u[1])
