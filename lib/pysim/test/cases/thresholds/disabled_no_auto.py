import gc
gc.collect()
gc.disable()
gc.set_threshold(5)
n = []
gc.callbacks.append(lambda p, i: n.append(p))
keep = [[] for _ in range(50)]
gc.callbacks.clear()
print(n)
gc.enable()
