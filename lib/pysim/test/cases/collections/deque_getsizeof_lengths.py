import sys
from collections import deque

for n in [0, 1, 63, 64, 65, 127, 128, 200]:
    print(n, sys.getsizeof(deque(range(n))))
d = deque()
sizes = []
for i in range(200):
    d.append(i)
    s = sys.getsizeof(d)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(d), s))
print(sizes)
