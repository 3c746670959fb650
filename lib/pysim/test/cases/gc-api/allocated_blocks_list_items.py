# a list's item array is a memory block of its own; the first lists reuse start-up free-list objects
import sys
b0 = sys.getallocatedblocks()
x = [1]
b1 = sys.getallocatedblocks()
def f():
    return [1]
y = f()
b2 = sys.getallocatedblocks()
z = (lambda: [1, 2])()
b3 = sys.getallocatedblocks()
print(b1 - b0, b2 - b1, b3 - b2)
def h1():
    b0 = sys.getallocatedblocks()
    b1 = sys.getallocatedblocks()
    return b1 - b0
def h2():
    b0 = sys.getallocatedblocks()
    r = object()
    b1 = sys.getallocatedblocks()
    return b1 - b0
def h3():
    b0 = sys.getallocatedblocks()
    r = [1, 2, 3]
    b1 = sys.getallocatedblocks()
    return b1 - b0
print(h1(), h2(), h3())
before = sys.getallocatedblocks()
data = [object() for _ in range(100)]
print(sys.getallocatedblocks() - before)
