import random

random.seed(3)
try:
    print(random.randrange(10.0))
except Exception as e:
    print(type(e).__name__ + ':', e)
try:
    print(random.randrange(2.5))
except Exception as e:
    print(type(e).__name__ + ':', e)
