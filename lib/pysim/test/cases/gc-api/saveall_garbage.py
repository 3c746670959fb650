import gc
gc.collect()


class D:
    def __del__(self):
        pass


gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
d = D()
d.me = d
l = [1]
l.append(l)
t = (l,)
del d, l, t
print(gc.collect(), len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
