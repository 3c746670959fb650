import gc
gc.collect()
gc.set_threshold(100000)
log = []
gc.callbacks.append(lambda p, i: log.append(p))
keep = [[] for _ in range(1000)]
gc.callbacks.clear()
print(log, gc.get_count()[0] >= 1000)
