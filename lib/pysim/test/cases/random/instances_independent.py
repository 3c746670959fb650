import random

a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random())
a.random()
print(a.random() == b.random())
print(b.random() == a.random())
random.seed(1)
print(random.random() == random.Random(1).random())
