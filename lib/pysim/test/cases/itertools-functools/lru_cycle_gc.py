import functools
import gc

gc.collect()
class Node:
    pass

n = Node()
@functools.lru_cache(maxsize=None)
def find(k):
    return n
find(1)
n.finder = find
del n, find
print(gc.collect())
