import sys
from collections import deque

q = deque()
for i in range(64):
    q.append(i)
print(sys.getsizeof(q))
q.append(64)
print(sys.getsizeof(q))
q.popleft()
print(sys.getsizeof(q))
for _ in range(63):
    q.popleft()
print(len(q), sys.getsizeof(q))
a = [1, 2]
b = [3, 4]
q.append(a)
q.append(b)
print(q[1] is a, q[-1] is b, q.index(b), q.count(a))
