from collections import namedtuple

P = namedtuple("P", "x")
calls = [
    lambda: P.x.__set__(1),
    lambda: P.x.__set__(P(1), 2),
    lambda: P.x.__delete__(),
    lambda: P.x.__delete__(P(1)),
    lambda: P.x.__get__(),
    lambda: P.x.__get__(1, 2, 3),
    lambda: P.x.__get__(None, None),
    lambda: P.x.__set__(1, 2, k=3),
]
for f in calls:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(P.x.__get__).split(" at ")[0], repr(type(P.x).__get__).split(" at ")[0])
print(P.x.__get__(P(7)), P.x.__get__(P(8), P), P.x.__get__(None, P) is P.x)
