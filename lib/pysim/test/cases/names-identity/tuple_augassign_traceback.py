# The tuple += puzzle: the list inside the tuple is extended in place, then storing the
# result back into the tuple fails; the traceback points at the target t[1].
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print('TypeError:', e)
print(t)
t[1] += [4]
