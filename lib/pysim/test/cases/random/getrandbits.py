import random

random.seed(99)
print(random.getrandbits(0))
print([random.getrandbits(1) for _ in range(16)])
print(random.getrandbits(32))
print(random.getrandbits(33))
print(random.getrandbits(64))
print(random.getrandbits(100))
print(random.getrandbits(1000).bit_length() <= 1000)
for bad in (-1, 2.0, 'x'):
    try:
        random.getrandbits(bad)
    except Exception as e:
        print(type(e).__name__ + ':', e)
