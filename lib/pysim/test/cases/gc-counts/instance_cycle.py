import gc
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
