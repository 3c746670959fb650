# {*s}: SET_UPDATE merges a set presized (set_merge), not item by item
import sys
s = set(range(30))
print(sys.getsizeof({*s}))
print(sys.getsizeof({1, *s}), sys.getsizeof({*s, 1}))
print(sys.getsizeof({*s.copy(), *s}))
d = {i: i for i in range(30)}
print(sys.getsizeof({*d}))
print(sys.getsizeof({*list(s)}))
try:
    print({*5})
except TypeError as e:
    print(e)
