# When an object with several weakrefs dies, PyObject_ClearWeakRefs gathers them and their
# callbacks into a tuple first: one gc-tracked allocation that shows in gc.get_count()
import gc
import weakref


class Item:
    pass


def noop(wr):
    pass


for n in range(4):
    obj = Item()
    refs = [weakref.ref(obj, noop) for _ in range(n)]
    keep = weakref.ref(obj)
    gc.collect()
    base = gc.get_count()[0]
    del obj
    print(n, "callbacks:", gc.get_count()[0] - base)
    del refs, keep
