import gc
gc.collect()
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print([k for k in sorted(dir(gc)) if not k.startswith('_')])
print(gc.get_debug(), gc.isenabled())
print(len(gc.get_stats()), [sorted(d) for d in gc.get_stats()][0])
print(type(gc.garbage).__name__, type(gc.callbacks).__name__, gc.garbage, gc.callbacks)
