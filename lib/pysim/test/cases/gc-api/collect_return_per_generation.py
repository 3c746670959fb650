import gc
gc.collect()
log = []


def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.callbacks.append(cb)
for g in (0, 1, 2):
    a = []
    a.append(a)
    del a
    print(g, gc.collect(g))
gc.callbacks.remove(cb)
print(log)
