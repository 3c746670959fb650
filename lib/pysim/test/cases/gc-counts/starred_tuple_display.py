# A tuple display with a starred item is built as a list (BUILD_LIST, LIST_EXTEND, LIST_APPEND)
# turned into a tuple (INTRINSIC_LIST_TO_TUPLE; 3.11: LIST_TO_TUPLE): two gc allocations, the
# list freed at once (to the list free list)
import gc
a = [1, 2]
gc.collect()
c = [None] * 4
c[0] = gc.get_count()
t1 = (*a, 3)
c[1] = gc.get_count()
t2 = (*[1, 2], 3)
c[2] = gc.get_count()
t3 = (0, *a, *'xy')
c[3] = gc.get_count()
print([x[0] for x in c], t1, t2, t3, (*(),))
