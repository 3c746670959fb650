# lists, dicts and tuples first come from the free lists the interpreter's start-up left: no new
# gc allocation, so the generation-0 count does not move; after a full collection emptied the free
# lists, each new container counts
import gc
c0 = gc.get_count()[0]
a = []
b = {}
t = (c0, c0)
print(gc.get_count()[0] - c0)
gc.collect()
c1 = gc.get_count()[0]
d = []
e = {}
u = (c1, c1)
print(gc.get_count()[0] - c1)
