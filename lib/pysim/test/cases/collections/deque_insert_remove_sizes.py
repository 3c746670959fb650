import sys
from collections import deque

d = deque(range(63))
print(sys.getsizeof(d))
d.insert(30, "mid")
print(len(d), sys.getsizeof(d), d[30], d[31])
del d[10]
print(len(d), sys.getsizeof(d), d[10])
d.remove("mid")
print(len(d), sys.getsizeof(d))
d.insert(0, "front")
print(sys.getsizeof(d), d[0])
for i in range(3):
    d.insert(-1, i)
print(len(d), sys.getsizeof(d), list(d)[-5:])
