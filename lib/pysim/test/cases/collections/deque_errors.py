from collections import deque

d = deque([1, 2, 3])
tests = [
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: d[3],
    lambda: d[-4],
    lambda: d.remove(9),
    lambda: d.index(9),
    lambda: d.index(1, 1),
    lambda: deque([1], maxlen=1).insert(0, 2),
    lambda: d["0"],
    lambda: d[0:2],
    lambda: d + [4],
    lambda: [0] + d,
    lambda: d * "2",
    lambda: deque([], -1),
    lambda: deque([], "3"),
    lambda: deque(5),
    lambda: hash(d),
    lambda: d.rotate("x"),
    lambda: 1 + d,
    lambda: d < [1],
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
