import gc
gc.collect()


class F:
    def __del__(self):
        global saved
        saved = self


class P:
    pass


f = F()
f.me = f
p = P()
p.me = p
print(gc.is_finalized(f), gc.is_finalized(p))
del f, p
print(gc.collect())
print(gc.is_finalized(saved), gc.is_finalized(1), gc.is_finalized([]))
del saved.me
