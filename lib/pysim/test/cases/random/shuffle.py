import random

random.seed(42)
cards = list(range(1, 14))
random.shuffle(cards)
print(cards)
random.shuffle(cards)
print(cards)
words = ['apple', 'banana', 'cherry', 'date']
random.shuffle(words)
print(words)
x = []
random.shuffle(x)
print(x)
