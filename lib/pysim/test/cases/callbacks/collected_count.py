import gc
gc.collect()
def cb(phase, info):
    print(phase, info['generation'], info['collected'], info['uncollectable'])
a = []
a.append(a)
del a
gc.callbacks.append(cb)
print('returned', gc.collect())
gc.callbacks.remove(cb)
