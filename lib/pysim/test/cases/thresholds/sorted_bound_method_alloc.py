# builtin_sorted gets the new list's bound sort method (PyObject_GetAttr: a gc allocation) and
# holds it while sorting; on 3.11 that allocation can start a collection itself, which moves
# where the next ones fall (here the last one starts inside gc.get_count(), after its read)
import gc
gc.collect()
lst = [[0], [1], [2], [3]]
s0 = gc.get_stats()[0]['collections']
gc.set_threshold(2)
res = sorted(lst)
c1 = gc.get_count()
gc.set_threshold(700)
print(c1, gc.get_stats()[0]['collections'] - s0, res)
