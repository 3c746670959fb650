import random

random.seed(1)
def pick(items):
    return random.choice(items)

print(pick([1, 2, 3]))
pick([])
