import gc
gc.collect()


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if isinstance(r, (int, tuple)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


for name in ["enable", "disable", "isenabled", "get_count", "get_threshold", "get_stats",
             "get_debug", "freeze", "unfreeze", "get_freeze_count"]:
    t(getattr(gc, name), 1)
    t(getattr(gc, name), x=1)
gc.enable()
print(gc.isenabled())
