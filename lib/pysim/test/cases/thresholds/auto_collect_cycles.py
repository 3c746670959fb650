import gc
gc.collect()
gc.set_threshold(5, 10, 10)
log = []
gc.callbacks.append(lambda p, i: log.append((p, i['generation'], i['collected'])) if p == 'stop' else None)
for i in range(12):
    a = []
    a.append(a)
    del a
gc.callbacks.clear()
print(log)
