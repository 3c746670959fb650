import gc
gc.collect()
def cb(phase, info):
    if phase == 'start':
        print('start gen', info['generation'])
gc.callbacks.append(cb)
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.callbacks.remove(cb)
