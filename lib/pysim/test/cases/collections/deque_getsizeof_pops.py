import sys
from collections import deque

d = deque(range(200))
print(len(d), sys.getsizeof(d))
for _ in range(70):
    d.popleft()
print(len(d), sys.getsizeof(d))
for _ in range(70):
    d.pop()
print(len(d), sys.getsizeof(d))
while d:
    d.pop()
print(len(d), sys.getsizeof(d))
d.append(1)
print(sys.getsizeof(d))
