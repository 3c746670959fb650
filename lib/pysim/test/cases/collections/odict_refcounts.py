import sys
from collections import OrderedDict

key = "a key made at runtime".upper()
val = [1, 2]
print(sys.getrefcount(key), sys.getrefcount(val))
plain = {key: val}
print(sys.getrefcount(key), sys.getrefcount(val))
od = OrderedDict()
od[key] = val
print(sys.getrefcount(key), sys.getrefcount(val))
od.move_to_end(key)
print(sys.getrefcount(key))
del od[key]
print(sys.getrefcount(key), sys.getrefcount(val))
od[key] = val
od.clear()
print(sys.getrefcount(key), sys.getrefcount(val))
