# gc.freeze() moves everything to the permanent generation and sets every generation's count to 0
import gc
gc.collect()
class A:
    pass
objs = [A() for _ in range(5)]
gc.collect(0)
more = [A() for _ in range(3)]
c1 = gc.get_count()
gc.freeze()
c2 = gc.get_count()
after = [A(), A()]
c3 = gc.get_count()
gc.unfreeze()
c4 = gc.get_count()
print(c1[1:], c2, c3, c4)
