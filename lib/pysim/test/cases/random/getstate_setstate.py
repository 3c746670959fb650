import random

random.seed(123)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
r = random.Random()
r.setstate(state)
print(r.random() == first[0])
g = random.gauss(0, 1)
s2 = random.getstate()
print(s2[2] is None or type(s2[2]).__name__)
