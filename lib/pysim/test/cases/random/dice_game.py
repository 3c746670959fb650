import random

random.seed(2023)
scores = {'alice': 0, 'bob': 0}
for turn in range(5):
    for name in scores:
        roll = random.randint(1, 6) + random.randint(1, 6)
        scores[name] += roll
        print(turn, name, roll)
print(scores)
print(max(scores, key=scores.get))
