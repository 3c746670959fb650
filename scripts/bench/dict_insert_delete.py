# 100 000 dict inserts and deletes with int keys and str values.
d = {}
for i in range(100_000):
    d[i] = str(i)
print(len(d))
for i in range(100_000):
    del d[i]
print(len(d))
