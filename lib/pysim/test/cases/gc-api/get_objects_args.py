import gc
gc.collect()


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if isinstance(r, (int, tuple)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


t(gc.get_objects, 3)
t(gc.get_objects, -1)
t(gc.get_objects, -2)
t(gc.get_objects, 2**70)
t(gc.get_objects, "x")
t(gc.get_objects, 1.5)
t(gc.get_objects, None)
t(gc.get_objects, generation=5)
t(gc.get_objects, 1, 2)
t(gc.get_objects, gen=1)
