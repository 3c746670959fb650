import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()
