import gc
gc.collect()
gc.set_threshold(3, 2, 100)
gens = []
gc.callbacks.append(lambda p, i: gens.append(i['generation']) if p == 'start' else None)
keep = []
for i in range(20):
    keep.append([])
gc.callbacks.clear()
print(gens)
