import random

random.seed(8)
print([random.expovariate(1.5) for _ in range(4)])
print(random.expovariate(0.1))
print([random.lognormvariate(0, 0.5) for _ in range(2)])
print([random.paretovariate(3) for _ in range(2)])
print([random.weibullvariate(1, 1.5) for _ in range(2)])
