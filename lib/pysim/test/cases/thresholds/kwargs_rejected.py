import gc
try:
    gc.set_threshold(threshold0=5)
except TypeError as e:
    print('TypeError:', e)
