import copy
for v in (5, 'str', 3.5, None, frozenset([1]), b'xy', range(3)):
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
