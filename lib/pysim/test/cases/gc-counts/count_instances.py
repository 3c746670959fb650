import gc
gc.collect()
class C:
    pass
c0 = gc.get_count()[0]
objs = [C() for _ in range(20)]
print(gc.get_count()[0] - c0)
