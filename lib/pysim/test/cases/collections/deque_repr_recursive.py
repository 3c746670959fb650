from collections import deque

d = deque([1, 2])
d.append(d)
print(d)
print(repr(deque()), str(deque([None, "a", 1.5])))
e = deque([[1], (2,), {"k": 3}], maxlen=5)
print(e)
outer = [deque([1]), deque()]
print(outer)
class Line(deque):
    pass
print(Line([1, 2]), Line("ab", 4))
