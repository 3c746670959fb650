import random

random.seed(42)
try:
    random.choice([])
except IndexError as e:
    print('IndexError:', e)
random.choice('')
