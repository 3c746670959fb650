import gc
class C:
    pass
c = C()
c.x = 1
print(gc.is_tracked(c), gc.is_tracked(c.__dict__))
