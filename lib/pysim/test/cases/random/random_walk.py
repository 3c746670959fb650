import random

random.seed(0)
pos = 0
path = []
for _ in range(30):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)
print(min(path), max(path))
hist = {}
for _ in range(1000):
    k = random.randrange(5)
    hist[k] = hist.get(k, 0) + 1
print(sorted(hist.items()))
