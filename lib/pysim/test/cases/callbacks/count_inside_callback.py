import gc
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, gc.get_count()))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(seen)
