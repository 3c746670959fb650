import gc
gc.collect()
res = []
gc.callbacks.append(lambda p, i: res.append(i['collected']) if p == 'stop' else None)
for _ in range(4):
    x = {}
    x['x'] = x
del x
gc.collect(0)
gc.callbacks.clear()
print(res)
