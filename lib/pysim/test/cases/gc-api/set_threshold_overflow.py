import gc
gc.collect()


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if isinstance(r, (int, tuple)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


t(gc.set_threshold, 2**70)
t(gc.set_threshold, 700, 2**70)
t(gc.set_threshold, 700, 10, "c")
print(gc.get_threshold()[1:])
t(gc.set_threshold, -5)
print(gc.get_threshold()[0])
t(gc.set_threshold, True, False)
print(gc.get_threshold()[:2])
