import random

random.seed(2024)
print([random.gauss(0, 1) for _ in range(4)])
print([random.normalvariate(100, 15) for _ in range(3)])
print(random.gauss(), random.gauss())
random.seed(2024)
print(random.gauss(0, 1))
