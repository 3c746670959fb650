import random

random.seed(42)
print([random.choice('abcdefg') for _ in range(10)])
print([random.choice([10, 20, 30]) for _ in range(10)])
print(random.choice(range(100, 200)))
print(random.choice((None, True, 'x')))
