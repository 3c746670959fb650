import random

def attempt(*args, **kw):
    try:
        print(random.sample(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

random.seed(5)
attempt([1, 2, 3], 4)
attempt([1, 2, 3], -1)
attempt({1, 2, 3}, 2)
attempt({'a': 1}, 1)
attempt([1, 2], 1, counts=[1])
print(random.sample([1, 2, 3], 0))
