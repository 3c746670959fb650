import gc
gc.collect()
before = [s['collections'] for s in gc.get_stats()]
gc.collect(0)
gc.collect(0)
gc.collect(1)
after = [s['collections'] for s in gc.get_stats()]
print([a - b for a, b in zip(after, before)])
