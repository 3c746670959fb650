import random

random.seed(5)
print(random.sample(range(10**6), 5))
print(random.sample(range(10000), 8))
print(sorted(random.sample(range(60), 20)))
population = list(range(500))
print(random.sample(population, 6))
