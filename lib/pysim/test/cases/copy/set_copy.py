import copy
s = {1, 2, 3}
t = copy.copy(s)
print(t == s, t is s)
f = frozenset(s)
print(copy.copy(f) is f)
