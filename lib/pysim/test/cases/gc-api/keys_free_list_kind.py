# A str-keyed table that a non-str key turns general goes to the keys free list (its old kind
# decides), so the next small str-keyed dict takes no new keys block; a general one is freed.
import sys, gc
gc.collect()
g = sys.getallocatedblocks
deltas = [0] * 6
d = {'a': 1}
before = g()
d[5] = 2
deltas[0] = g() - before
before = g()
e = {'x': 1}
deltas[1] = g() - before
before = g()
del d
deltas[2] = g() - before
before = g()
f = {'y': 1}
deltas[3] = g() - before
before = g()
h = {7: 1}
deltas[4] = g() - before
before = g()
del e, f, h
gc.collect()
deltas[5] = g() - before
print(deltas)
