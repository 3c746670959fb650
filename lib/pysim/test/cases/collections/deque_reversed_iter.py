from collections import deque

d = deque(range(70))
r = reversed(d)
print(type(r).__name__, next(r), next(r))
print(list(reversed(deque("abc"))))
it = iter(d)
print(type(it).__name__, next(it), it.__length_hint__())
print(sum(d), max(d), min(d), sorted(deque([3, 1, 2])))
print(list(enumerate(deque("xy"))), tuple(deque([1, 2])), set(deque([1, 1, 2])))
