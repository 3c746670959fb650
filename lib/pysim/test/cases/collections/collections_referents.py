import gc
from collections import deque, defaultdict

d = defaultdict(list, a=[1])
print(gc.get_referents(d))
q = deque(["a", ("b",), [1]])
print(gc.get_referents(q))
print(gc.get_referents(iter(q)), gc.get_referents(reversed(q)))
print(gc.get_referrers(q[2])[0] is q)
print(defaultdict.__missing__, defaultdict.__repr__, defaultdict.copy, defaultdict.default_factory)
print(deque().__sizeof__(), deque(range(64)).__sizeof__(), defaultdict().__sizeof__(), {}.__sizeof__())
