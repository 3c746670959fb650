import gc
old = gc.get_threshold()
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(50)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
