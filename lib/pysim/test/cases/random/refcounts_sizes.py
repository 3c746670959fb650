import random, sys, gc

r = random.Random(5)
print(sys.getrefcount(r))
s = r
print(sys.getrefcount(r))
del s
print(sys.getsizeof(r))
print(gc.is_tracked(r))
r.extra = 1
print(sys.getsizeof(r), r.__dict__)
