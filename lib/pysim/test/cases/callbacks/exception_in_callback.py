import gc
gc.collect()
def bad(phase, info):
    raise RuntimeError('callback failed')
gc.callbacks.append(bad)
r = gc.collect()
gc.callbacks.remove(bad)
print('collect returned', r)
