import copy
import itertools

c = itertools.count(3)
d = copy.copy(c)
print(next(c), next(d))
