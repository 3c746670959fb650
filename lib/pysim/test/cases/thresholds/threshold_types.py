import gc
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()))
print(all(type(v) is int for v in gc.get_threshold()))
