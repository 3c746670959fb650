# 50 000 two-object cycles of instances with __dict__, dropped one after another: automatic
# collections reclaim them; what is left for the final gc.collect() depends on when they ran.
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
