# every deque block is a PyMem_Malloc allocation: sys.getallocatedblocks counts it
import sys
from collections import deque
r = [0] * 8
b = sys.getallocatedblocks()
d = deque()
r[0] = sys.getallocatedblocks() - b
d.extend(range(100))
r[1] = sys.getallocatedblocks() - b
d.clear()
r[2] = sys.getallocatedblocks() - b
del d
r[3] = sys.getallocatedblocks() - b
e = deque(range(64))
r[4] = sys.getallocatedblocks() - b
e.pop()
r[5] = sys.getallocatedblocks() - b
del e
r[6] = sys.getallocatedblocks() - b
print(r)
