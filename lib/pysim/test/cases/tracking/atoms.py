import gc
print(gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked('s'), gc.is_tracked(b'b'))
print(gc.is_tracked(None), gc.is_tracked(True), gc.is_tracked(object()), gc.is_tracked(()))
