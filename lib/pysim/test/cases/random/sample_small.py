import random

random.seed(5)
print(random.sample(range(10), 3))
print(random.sample([1, 2, 3, 4, 5], 5))
print(random.sample('hello world', 4))
print(random.sample(range(100), k=10))
print(random.sample(['a', 'b', 'c'], counts=[3, 1, 2], k=4))
