# 3.13+ keep a plain instance's attribute values inline, and each new instance takes one slot
# off the class's shared keys; a class with named __slots__ and a __dict__ has no inline values:
# its instances get a dict object over the shared keys at their first attribute, at full size.
import gc
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ('a', '__dict__')


class Sub(Slotted):
    pass


keep = []
for cls in (Plain, Slotted, Sub):
    gc.collect()
    before = gc.get_count()[0]
    x = cls()
    made = gc.get_count()[0] - before
    x.q = 1
    stored = gc.get_count()[0] - before
    y = cls()
    print(cls.__name__, made, stored, sys.getsizeof(x), sys.getsizeof(x.__dict__), sys.getsizeof(y.__dict__))
    print(gc.is_tracked(x.__dict__), x.__dict__)
    keep.append((x, y))
