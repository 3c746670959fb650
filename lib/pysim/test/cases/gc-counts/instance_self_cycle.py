import gc
gc.collect()
class Node:
    pass
n = Node()
n.me = n
del n
print(gc.collect())
