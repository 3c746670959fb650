import gc
gc.collect()


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if isinstance(r, (int, tuple)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


for f in [gc.is_tracked, gc.is_finalized, gc.set_debug]:
    t(f)
    t(f, 1, 2)
    t(f, x=1)
t(gc.get_referrers, x=1)
t(gc.get_referents, x=1)
t(gc.set_debug, "a")
t(gc.set_debug, 1.5)
t(gc.set_debug, 2**40)
t(gc.set_debug, -1)
print(gc.get_debug())
t(gc.set_debug, True)
print(gc.get_debug())
gc.set_debug(0)
