import random

random.seed(7)
print([random.uniform(0, 10) for _ in range(3)])
print(random.uniform(5, 1))
print([random.triangular() for _ in range(2)])
print(random.triangular(0, 10, 2))
print(random.triangular(1, 1, 1))
