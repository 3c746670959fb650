# How many objects the collector finds in the cycle a saved exception makes, for one and for
# several calls that each keep their exception in a local.
import gc

class Node:
    pass

def keep(n):
    node = Node()
    try:
        raise KeyError(n)
    except KeyError as e:
        mine = e

gc.collect()
gc.disable()
keep(1)
print(gc.collect())
for i in range(3):
    keep(i)
print(gc.collect())
print(gc.collect())
