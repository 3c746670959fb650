import gc
try:
    gc.callbacks.remove(print)
except ValueError as e:
    print('ValueError:', e)
