from collections import deque

d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(99)
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = deque([1, 2, 3])
for x in d:
    d[0] = x * 10
print(d)
it = iter(d)
print(next(it))
d.reverse()
print(next(it), list(it))
it = iter(d)
d.rotate(1)
try:
    next(it)
except RuntimeError as e:
    print("after rotate:", e)
for x in d:
    d.pop()
