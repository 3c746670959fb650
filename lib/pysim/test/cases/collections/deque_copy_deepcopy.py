import copy
from collections import deque

inner = [1, 2]
d = deque([inner, "x"], maxlen=5)
s = copy.copy(d)
t = copy.deepcopy(d)
print(s, t)
print(s[0] is inner, t[0] is inner, t[0] == inner, s.maxlen, t.maxlen)
u = deque([d, d])
v = copy.deepcopy(u)
print(v[0] is v[1], v[0] is d)
print(d.__copy__() == d, d.copy().maxlen)
r = deque()
r.append(r)
print(copy.deepcopy(r))
