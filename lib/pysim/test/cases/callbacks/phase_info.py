import gc
gc.collect()
def cb(phase, info):
    print(phase, sorted(info.keys()))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
