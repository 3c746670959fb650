import gc
class C:
    pass
def f():
    pass
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(C()), gc.is_tracked(f), gc.is_tracked(C))
