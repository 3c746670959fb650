import gc
print(type(gc.callbacks).__name__, len(gc.callbacks))
