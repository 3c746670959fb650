import gc
print(gc.is_tracked(range(3)), gc.is_tracked(slice(1, 2)), gc.is_tracked(iter([1])))
print(gc.is_tracked(complex(1, 2)), gc.is_tracked(len))
