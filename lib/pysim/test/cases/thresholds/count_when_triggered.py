import gc
gc.collect()
gc.set_threshold(20, 10, 10)
seen = []
def cb(phase, info):
    if phase == 'start':
        seen.append(gc.get_count())
gc.callbacks.append(cb)
keep = [[] for _ in range(30)]
gc.callbacks.remove(cb)
print(seen)
