import copy
from collections import namedtuple

P = namedtuple("P", "x")
print(type(P.x).__mro__, P.x == P.x, hash(P.x) == hash(P.x), P.x.__class__, type(P.x).__base__)
print(sorted(dir(type(P.x))))
print(copy.copy(P.x) is P.x, copy.deepcopy(P.x) is P.x, copy.deepcopy(P.x))
try:
    print(P.x.__module__, type(P.x).__module__, "__module__" in type(P.x).__dict__)
except AttributeError as e:
    print("AttributeError", e)
try:
    class Sub(type(P.x)):
        pass
except TypeError as e:
    print(e)
