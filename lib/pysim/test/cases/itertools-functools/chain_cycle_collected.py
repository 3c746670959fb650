import gc
import itertools

gc.collect()
class Node:
    pass

n = Node()
n.it = itertools.chain([n], [1])
del n
print(gc.collect())
lst = []
lst.append(itertools.cycle(lst))
del lst
print(gc.collect())
