import gc
gc.collect()


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if isinstance(r, (int, tuple)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


t(gc.set_threshold, 2**40)
t(gc.set_threshold, -2**40)
t(gc.set_threshold, 2**31 - 1)
print(gc.get_threshold()[0] == 2**31 - 1)
t(gc.set_threshold, 2**31)
t(gc.set_threshold, -2**31)
print(gc.get_threshold()[0] == -2**31)
gc.set_threshold(700)
