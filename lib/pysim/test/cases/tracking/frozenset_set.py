import gc
print(gc.is_tracked(frozenset()), gc.is_tracked(frozenset([1])), gc.is_tracked({1}))
