# 3.11 collects inside the allocation that passes the threshold: print() looks up f.write for
# each argument, separator and end (a bound method alive while the argument is converted)
import gc

def collections0():
    return gc.get_stats()[0]['collections']

print("warm-up")
res = []
for t in (10, 1, 2, 3, 4, 5, 6, 8):
    s0 = collections0()
    gc.collect()
    gc.set_threshold(t)
    print("b", {1: 2})
    gc.set_threshold(700)
    res.append(collections0() - s0)
print(res)
