import gc
gc.collect()
old = gc.get_threshold()
gc.set_threshold(0)
events = []
gc.callbacks.append(lambda phase, info: events.append(phase))
for i in range(5000):
    l = []
    l.append(l)
print(len(events))
gc.callbacks.clear()
gc.set_threshold(*old)
