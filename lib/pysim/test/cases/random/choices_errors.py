import random

def attempt(*args, **kw):
    try:
        print(random.choices(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

random.seed(10)
attempt([], k=2)
attempt('ab', weights=[1], k=2)
attempt('ab', weights=[1, 2], cum_weights=[1, 3])
attempt('ab', weights=[0, 0])
attempt('ab', k=0)
