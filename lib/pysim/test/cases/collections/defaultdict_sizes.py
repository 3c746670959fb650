import sys
from collections import defaultdict

print(sys.getsizeof({}), sys.getsizeof(defaultdict()), sys.getsizeof(defaultdict(list)))
d = defaultdict(int)
plain = {}
for i in range(12):
    d[i] += 1
    plain[i] = 1
    print(i, sys.getsizeof(d) - sys.getsizeof(plain))
print(sys.getsizeof(d), d.__sizeof__() + 16 == sys.getsizeof(d))
