import gc
gc.collect()
class C:
    pass
c = C()
print([any(o is c for o in gc.get_objects(g)) for g in range(3)])
