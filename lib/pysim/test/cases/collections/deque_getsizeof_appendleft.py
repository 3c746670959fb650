import sys
from collections import deque

d = deque()
print(sys.getsizeof(d))
for i in range(100):
    d.appendleft(i)
    if i in (30, 31, 32, 33, 94, 95, 96, 99):
        print(i, sys.getsizeof(d))
d.clear()
print("cleared", sys.getsizeof(d))
e = deque()
e.extendleft(range(64))
print(sys.getsizeof(e))
e.extendleft([1])
print(sys.getsizeof(e))
