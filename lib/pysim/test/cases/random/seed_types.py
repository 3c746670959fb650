import random

random.seed(3.5)
print(random.random())
random.seed(-2.25)
print(random.random())
random.seed('hello')
print(random.random())
random.seed(b'hello')
print(random.random())
random.seed(bytearray(b'abc'))
print(random.random())
random.seed('')
print(random.random())
random.seed(True)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print('TypeError:', e)
random.seed('hello', version=1)
print(random.random())
