# 50 000 two-object cycles, dropped at once; the automatic collector reclaims them.
import gc

class Pair:
    pass

gc.collect()
for i in range(50_000):
    a = Pair()
    b = Pair()
    a.other = b
    b.other = a
del a, b
print(gc.collect(), gc.get_count())
