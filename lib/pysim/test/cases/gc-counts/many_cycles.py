import gc
gc.collect()
for i in range(50):
    l = []
    l.append(l)
del l
print(gc.collect())
