import gc
d = {i: i for i in range(3)}
e = {i: [i] for i in range(3)}
print(gc.is_tracked(d), gc.is_tracked(e))
