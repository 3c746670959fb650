import gc
gc.collect()
gc.disable()
print(gc.isenabled())
for i in range(3000):
    a = []
    a.append(a)
print(gc.get_count()[0] >= 3000)
print(gc.collect())
gc.enable()
print(gc.isenabled())
