import sys
from collections import deque

item = object()
print(sys.getrefcount(item))
d = deque()
d.append(item)
print(sys.getrefcount(item))
d.append(item)
d.appendleft(item)
print(sys.getrefcount(item))
d.pop()
print(sys.getrefcount(item))
d.rotate(1)
print(sys.getrefcount(item))
d.clear()
print(sys.getrefcount(item))
w = deque([item] * 5, maxlen=2)
print(sys.getrefcount(item))
del w
print(sys.getrefcount(item))
