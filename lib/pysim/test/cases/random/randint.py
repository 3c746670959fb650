import random

random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-5, 5) for _ in range(10)])
print(random.randint(0, 10**30))
print(random.randint(7, 7))
