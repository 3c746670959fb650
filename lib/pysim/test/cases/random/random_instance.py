import random

r = random.Random(7)
print(r.random(), r.randint(1, 10), r.choice('xyz'))
r2 = random.Random(7)
print(r2.random())
print(type(r).__name__, type(r).__mro__)
print(isinstance(r, random.Random), random.Random.__module__)
random.seed(7)
print(random.random() == random.Random(7).random())
