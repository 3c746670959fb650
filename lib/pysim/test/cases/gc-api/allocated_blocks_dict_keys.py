# A dict's keys object is a pymalloc block of its own: the smallest str-keyed table comes off the
# keys free list, a resize allocates the new table before freeing the old, dict.copy() clones the
# table, clear() and deallocation free it, and gc.collect() empties the free list.
import sys, gc
g = sys.getallocatedblocks
keep = [{'a': 1}, {'b': 2, 'c': 3}]
gc.collect()
deltas = []
def step(make):
    before = g()
    value = make()
    deltas.append(g() - before)
    return value
makers = [lambda: {1: 2}, lambda: {'a': 1}, lambda: {}, lambda: dict(a=1, b=2),
          lambda: {'k%d' % j: j for j in range(6)}, lambda: {j: j for j in range(6)},
          lambda: {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}, lambda: {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6},
          lambda: dict.fromkeys('abcdefghij'), lambda: keep[0].copy(), lambda: {**keep[1], 'z': 0}]
for make in makers:
    keep.append(step(make))
    keep.append(step(make))
print(deltas)
d = keep[-1]
before = g()
d.clear()
print(g() - before, len(d))
before = g()
del keep[:]
gc.collect()
print(g() - before)
