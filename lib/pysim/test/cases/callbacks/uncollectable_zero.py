import gc
gc.collect()
class D:
    def __del__(self):
        pass
a = D(); a.self = a
del a
info_seen = []
gc.callbacks.append(lambda p, i: info_seen.append((p, i['collected'], i['uncollectable'])))
gc.collect()
gc.callbacks.clear()
print(info_seen)
