import random

random.seed(1)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(-10, -1) for _ in range(10)])
print([random.randrange(10, 0, -3) for _ in range(10)])
print([random.randrange(-20, 20, 7) for _ in range(10)])
print(random.randrange(2**70))
