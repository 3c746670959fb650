import sys
l = []
out = []
for n in (1, 5, 10, 17, 30):
    l.extend(range(n))
    out.append((len(l), sys.getsizeof(l)))
print(out)
