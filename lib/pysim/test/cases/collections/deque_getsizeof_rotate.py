import sys
from collections import deque

d = deque(range(100))
print(sys.getsizeof(d))
for k in [1, 5, 30, -30, 50, -1, 99]:
    d.rotate(k)
    print(k, d[0], d[-1], sys.getsizeof(d))
