# where an instance's attribute values live: 3.11/3.12 a block of their own (moved to the dict object when __dict__ is asked for), 3.13+ inside the instance's block; and the dict object comes from the free list
import sys
class C:
    pass
class S:
    __slots__ = ('a',)
x = C()
b0 = sys.getallocatedblocks()
y = C()
b1 = sys.getallocatedblocks()
s = S()
b2 = sys.getallocatedblocks()
d = y.__dict__
b3 = sys.getallocatedblocks()
del y
b4 = sys.getallocatedblocks()
del d
b5 = sys.getallocatedblocks()
print(b1 - b0, b2 - b1, b3 - b2, b4 - b3, b5 - b4)
