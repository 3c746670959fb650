import random

random.seed(10)
print(random.choices('abc'))
print(random.choices('abc', k=8))
print(random.choices(range(10), weights=[1] * 9 + [20], k=8))
print(random.choices(['win', 'lose'], cum_weights=[1, 10], k=6))
print(random.choices([1, 2, 3], [0.5, 0.25, 0.25], k=5))
