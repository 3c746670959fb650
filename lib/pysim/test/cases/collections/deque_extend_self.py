import sys
from collections import deque

d = deque([1, 2, 3])
d.extend(d)
print(d)
d.extendleft(d)
print(d, len(d))
e = deque(range(60))
e.extend(range(10))
print(len(e), sys.getsizeof(e))
e.extend(e)
print(len(e), sys.getsizeof(e))
