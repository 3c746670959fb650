import gc
gc.collect()


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if isinstance(r, (int, tuple)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


t(gc.collect, 3)
t(gc.collect, -1)
t(gc.collect, 2**40)
t(gc.collect, "x")
t(gc.collect, 1.5)
t(gc.collect, None)
t(gc.collect, 0, 1)
t(gc.collect, gen=1)
t(gc.collect, True)
t(gc.collect, generation=2)
