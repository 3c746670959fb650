import random

for s in (0, 1, -1, 2**32, 2**32 + 1, -(2**64), 10**50):
    random.seed(s)
    print(s, random.random())
random.seed(None)
x = random.random()
print(0 <= x < 1)
random.seed()
print(0 <= random.random() < 1)
