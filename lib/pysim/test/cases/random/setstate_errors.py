import random

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)

r = random.Random(0)
attempt(r.setstate, (3, (1, 2, 3), None))
attempt(r.setstate, (1, (), None))
attempt(r.setstate, (3, [0] * 625, None))
attempt(r.setstate, (3, (0,) * 624 + (700,), None))
attempt(r.setstate, (3, (0,) * 624 + (-1,), None))
attempt(r.setstate, (3, (-1,) + (0,) * 624, None))
