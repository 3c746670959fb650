import gc
gc.collect()
gc.set_threshold(10, 10, 10)
log = []
def cb(phase, info):
    if phase == 'stop':
        log.append((info['generation'], info['collected']))
gc.callbacks.append(cb)
keep = []
for i in range(25):
    keep.append([])
gc.callbacks.remove(cb)
print(len(log) > 0, log[:3])
