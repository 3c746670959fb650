import gc
for g in (3, -1, 10):
    try:
        gc.collect(g)
    except ValueError as e:
        print('ValueError:', e)
try:
    gc.get_objects(5)
except ValueError as e:
    print('ValueError:', e)
