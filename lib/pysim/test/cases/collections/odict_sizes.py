import sys
from collections import OrderedDict

print(sys.getsizeof(OrderedDict()), sys.getsizeof({}))
od = OrderedDict()
for i in range(12):
    od[i] = i
    print(i + 1, sys.getsizeof(od), sys.getsizeof(dict(od)))
od.move_to_end(3)
print(sys.getsizeof(od))
del od[5]
print(len(od), sys.getsizeof(od))
od.clear()
print(sys.getsizeof(od))
od["k"] = "v"
print(sys.getsizeof(od), od.__sizeof__())
