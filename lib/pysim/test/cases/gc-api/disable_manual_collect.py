import gc
gc.collect()
gc.disable()
before = [s["collections"] for s in gc.get_stats()]
z = []
z.append(z)
del z
print(gc.isenabled(), gc.collect())
print([s["collections"] - b for s, b in zip(gc.get_stats(), before)])
gc.enable()
print(gc.isenabled())
