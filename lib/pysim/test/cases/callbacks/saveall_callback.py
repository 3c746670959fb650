import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
res = []
gc.callbacks.append(lambda p, i: res.append((p, i['collected'])))
l = []; l.append(l); del l
gc.collect()
gc.callbacks.clear()
print(res, len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
