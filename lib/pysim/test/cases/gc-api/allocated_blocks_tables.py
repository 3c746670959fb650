# A set's table outside its 8-entry smalltable and a bytearray's buffer are pymalloc blocks of their
# own (PyMem_Malloc / PyObject_Malloc up to 512 bytes), counted by sys.getallocatedblocks().
import sys, gc
deltas = []
def step(make):
    before = sys.getallocatedblocks()
    value = make()
    deltas.append(sys.getallocatedblocks() - before)
    return value
def grown():
    b = bytearray()
    for i in range(40):
        b.append(i)
    return b
def trimmed():
    b = bytearray(b'x' * 50)
    del b[:10]
    b.extend(b'y' * 30)
    return b
keep = []
makers = [lambda: set(range(4)), lambda: set(range(5)), lambda: set(range(20)), lambda: frozenset(range(9)),
          lambda: {1, 2, 3}, lambda: bytearray(10), lambda: bytearray(), lambda: bytearray(b'abc'),
          grown, trimmed, lambda: bytearray(600)]
for make in makers:
    gc.collect()
    keep.append(step(make))
    keep.append(step(make))
print(deltas)
s = keep[4]
before = sys.getallocatedblocks()
s.clear()
print(sys.getallocatedblocks() - before, len(s))
before = sys.getallocatedblocks()
del keep[:]
print(sys.getallocatedblocks() - before)
