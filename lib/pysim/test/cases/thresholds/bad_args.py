import gc
for args in ((), (1, 2, 3, 4), ('a',), (1.5,)):
    try:
        gc.set_threshold(*args)
        print('ok', args)
    except TypeError as e:
        print('TypeError:', e)
