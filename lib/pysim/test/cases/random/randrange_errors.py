import random

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)

random.seed(3)
attempt(random.randrange, 0)
attempt(random.randrange, -5)
attempt(random.randrange, 5, 5)
attempt(random.randrange, 5, 1)
attempt(random.randrange, 1, 10, 0)
attempt(random.randrange, 1, 10, -1)
attempt(random.randrange, 10, 1, 2)
attempt(random.randint, 5, 1)
attempt(random.randrange, 'a')
attempt(random.randrange, 1, 'b')
