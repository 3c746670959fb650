import gc
gc.collect()
gc.set_threshold(8, 10, 10)
counts = []
gc.callbacks.append(lambda p, i: counts.append(p) if p == 'stop' else None)
objs = [[] for _ in range(40)]
gc.callbacks.clear()
print(len(counts), gc.get_count()[0] < 8)
