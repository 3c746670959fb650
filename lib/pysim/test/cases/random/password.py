import random

random.seed(31337)
letters = 'abcdefghijklmnopqrstuvwxyz'
digits = '0123456789'
pw = random.choices(letters, k=6) + random.choices(digits, k=2)
random.shuffle(pw)
print(''.join(pw))
print(''.join(random.sample(letters, 8)))
print(random.randbytes(6).hex())
