import gc
print(gc.is_tracked('x' * 100), gc.is_tracked(bytearray(b'a')), gc.is_tracked(2 ** 100))
