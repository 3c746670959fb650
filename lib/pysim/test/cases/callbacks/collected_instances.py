import gc
gc.collect()
class N:
    pass
stops = []
gc.callbacks.append(lambda p, i: stops.append(i['collected']) if p == 'stop' else None)
for k in range(3):
    a = N(); b = N(); a.b = b; b.a = a
del a, b
gc.collect()
gc.callbacks.clear()
print(stops)
