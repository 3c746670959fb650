# One operation, 300 000 times: a dict item store with a new int key.
d = {}
for i in range(300000):
    d[i] = i
