import gc
gc.collect()
st = gc.get_stats()
print(len(st), sorted(st[0].keys()))
print(all(isinstance(s['collections'], int) for s in st))
