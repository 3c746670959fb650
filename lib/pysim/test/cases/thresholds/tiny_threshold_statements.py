# How many generation-0 collections a class statement starts at tiny thresholds (from a count
# of 0): 3.12+ check the eval breaker at the body's RESUME and after the __build_class__ call
# returns; 3.11 collects inside the allocation that passes the threshold (type.__prepare__'s
# bound method, the namespace dict, the body function…)
import gc

def collections0():
    return gc.get_stats()[0]['collections']

res = []
for t in (10, 1, 2, 3, 4, 5, 6, 8):
    s0 = collections0()
    gc.collect()
    gc.set_threshold(t)
    class A:
        pass
    gc.set_threshold(700)
    res.append(collections0() - s0)
print(res)
